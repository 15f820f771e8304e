package vn.pakn.surveys.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every survey definition of the installation, read from {@code surveys/} at start-up. Loading
 * validates all files and throws {@link InvalidDefinitionException} listing every problem of every
 * file, so a bad file stops start-up with one clear message. Old versions stay loaded: a stored
 * response is read with the version it answered.
 */
public final class SurveyDefinitions {

  /** An entry of {@code GET /api/surveys}. */
  public record Summary(String id, int version, Label title) {}

  private final Map<String, NavigableMap<Integer, SurveyDefinition>> byId;

  private SurveyDefinitions(Map<String, NavigableMap<Integer, SurveyDefinition>> byId) {
    this.byId = byId;
  }

  /** True for the files of a survey definition folder that are PAR schemes, not surveys. */
  public static boolean isParScheme(String fileName) {
    return fileName.startsWith(ParSchemes.FILE_PREFIX);
  }

  /** Every {@code *.json} of a directory except PAR scheme files ({@code par-scheme.*.json}). */
  public static SurveyDefinitions load(Path directory) {
    return load(SourceFile.inDirectory(directory, name -> !isParScheme(name)));
  }

  public static SurveyDefinitions load(Collection<SourceFile> files) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Map<String, NavigableMap<Integer, SurveyDefinition>> byId = new HashMap<>();
    Map<String, String> fileOf = new HashMap<>();
    for (SourceFile file : files) {
      var result = SurveyDefinitionReader.read(file);
      problems.addAll(result.problems());
      result
          .definition()
          .ifPresent(
              d -> {
                String key = d.id() + "#" + d.version();
                String other = fileOf.putIfAbsent(key, file.name());
                if (other != null) {
                  problems.add(
                      new DefinitionProblem(
                          file.name(),
                          "$.id",
                          "surveys.definition.duplicate",
                          List.of(d.id(), d.version(), other)));
                } else {
                  byId.computeIfAbsent(d.id(), k -> new TreeMap<>()).put(d.version(), d);
                }
              });
    }
    if (files.isEmpty()) {
      problems.add(new DefinitionProblem("surveys/", "$", "surveys.definition.none", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
    return new SurveyDefinitions(byId);
  }

  /** The newest version of a survey. */
  public Optional<SurveyDefinition> latest(String id) {
    return Optional.ofNullable(byId.get(id)).map(versions -> versions.lastEntry().getValue());
  }

  /** One version of a survey, e.g. the one a stored response answered. */
  public Optional<SurveyDefinition> find(String id, int version) {
    return Optional.ofNullable(byId.get(id)).map(versions -> versions.get(version));
  }

  /** The newest version of every survey, by id. */
  public List<Summary> summaries() {
    return byId.values().stream()
        .map(versions -> versions.lastEntry().getValue())
        .sorted(Comparator.comparing(SurveyDefinition::id))
        .map(d -> new Summary(d.id(), d.version(), d.title()))
        .toList();
  }

  /** Every loaded version of a survey, oldest first. */
  public List<SurveyDefinition> versions(String id) {
    return Optional.ofNullable(byId.get(id))
        .map(versions -> List.copyOf(versions.values()))
        .orElse(List.of());
  }
}
