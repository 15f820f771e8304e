package vn.pakn.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.platform.control.ProblemException;
import vn.pakn.publication.control.PublicAnswer;
import vn.pakn.publication.control.PublicationLog;

/**
 * This node's search index as a projection of the publication sequence (architecture: "Publication
 * and search"): one {@link AnswerIndex} (one {@code IndexWriter} and its {@code SearcherManager})
 * in a folder of its own under {@code pakn.search.directory}. At start it opens the index the
 * {@code CURRENT} pointer names, checks it thoroughly and catches up from the sequence number its
 * last commit stored; then a task polls the sequence (every {@code pakn.search.pollInterval}) and
 * applies new changes, so a publication is searchable on every node within about a second.
 *
 * <p>A missing, corrupt or inconsistent index (its count differs from the database's, or it is
 * ahead of the database) is rebuilt from the database in a new folder in the background, with
 * progress for administrators; searches keep using the old index meanwhile, or, when there is none
 * usable, are answered with a "rebuilding" problem (503). The new index takes over only once it has
 * caught up.
 */
@ApplicationScoped
public class AnswerSearch {

  private static final Logger LOG = Logger.getLogger(AnswerSearch.class.getName());
  private static final int BATCH = 1000;
  private static final double BUILD_BUFFER_MB = 256;
  private static final int INDEXERS = 2;

  /** How the index stands, for administrators. */
  public enum State {
    STARTING,
    READY,
    REBUILDING,
    UNAVAILABLE
  }

  /** A rebuild: why, and how far. */
  public record Rebuild(
      String reason,
      Instant startedAt,
      Instant finishedAt,
      long done,
      long total,
      String error,
      String generation) {}

  /** Everything administrators see about the index of this node. */
  public record Status(
      State state,
      String directory,
      String generation,
      long documents,
      long indexSequence,
      long databaseSequence,
      long databasePublished,
      Instant lastCheckAt,
      String lastProblem,
      Rebuild rebuild) {}

  private record Generation(String name, Directory directory, AnswerIndex index) {}

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject PublicationLog log;
  @Inject SynonymVersions synonymVersions;

  @Inject
  @ConfigProperty(name = "pakn.search.directory", defaultValue = "./data/search")
  String directory;

  @Inject
  @ConfigProperty(name = "pakn.search.pollInterval", defaultValue = "PT0.5S")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "pakn.search.checkInterval", defaultValue = "PT30S")
  String checkInterval;

  Clock clock = Clock.systemUTC();

  private final Object lock = new Object();
  private final AtomicLong rebuildDone = new AtomicLong();
  private volatile Generation live;
  private volatile Rebuild rebuild;
  private volatile boolean rebuilding;
  private volatile boolean started;
  private volatile Instant lastCheckAt;
  private volatile Instant nextCheckAt = Instant.EPOCH;
  private volatile String lastProblem;
  private volatile AbbreviationSynonyms synonyms = AbbreviationSynonyms.standard();
  private volatile int synonymVersion = -1;
  private IndexGenerations generations;
  private ScheduledFuture<?> follower;

  /** Opens the index and starts following the sequence; called once the schema is migrated. */
  public void start() {
    generations = new IndexGenerations(Path.of(directory), clock);
    long every = Duration.parse(pollInterval).toMillis();
    follower =
        executor.scheduleWithFixedDelay(
            this::follow, 0, Math.max(50, every), TimeUnit.MILLISECONDS);
  }

  /** Stops following and closes the index (uncommitted changes are redone at the next start). */
  public void stop() {
    if (follower != null) {
      follower.cancel(false);
    }
    synchronized (lock) {
      close(live);
      live = null;
    }
  }

  // --- searching --------------------------------------------------------------------------------

  public AnswerHits search(AnswerQuery query) {
    return withIndex(index -> index.search(query));
  }

  public List<AnswerHit> similar(String text, int max) {
    return withIndex(index -> index.similar(text, max));
  }

  private interface IndexWork<T> {
    T apply(AnswerIndex index) throws IOException;
  }

  private <T> T withIndex(IndexWork<T> work) {
    for (int attempt = 0; attempt < 2; attempt++) {
      Generation g = live;
      if (g == null) {
        throw unavailable();
      }
      try {
        return work.apply(g.index());
      } catch (AlreadyClosedException replaced) {
        // a rebuilt index took over during the search: ask the new one
      } catch (IOException | RuntimeException broken) {
        if (broken instanceof ProblemException || broken instanceof IllegalArgumentException) {
          throw (RuntimeException) broken;
        }
        LOG.log(Level.WARNING, "search failed on index " + g.name() + "; checking it", broken);
        nextCheckAt = Instant.EPOCH;
        throw unavailable();
      }
    }
    throw unavailable();
  }

  private ProblemException unavailable() {
    Rebuild r = rebuild;
    if (rebuilding && r != null) {
      long percent = r.total() == 0 ? 0 : Math.min(100, rebuildDone.get() * 100 / r.total());
      return new ProblemException(503, "search-rebuilding", percent);
    }
    return new ProblemException(503, "search-unavailable");
  }

  // --- following the sequence -------------------------------------------------------------------

  private void follow() {
    try {
      followSynonyms();
      if (!started) {
        started = true;
        open();
      }
      Generation g = live;
      if (g == null) {
        if (!rebuilding) {
          startRebuild("no usable index");
        }
        return;
      }
      synchronized (lock) {
        if (live != g) {
          return;
        }
        catchUp(g);
        if (!clock.instant().isBefore(nextCheckAt)) {
          check(g, false);
        }
      }
    } catch (InconsistentIndexException inconsistent) {
      startRebuild(inconsistent.getMessage());
    } catch (IOException | AlreadyClosedException damaged) {
      Generation g = live;
      startRebuild("index " + (g == null ? "" : g.name()) + " is damaged: " + damaged);
    } catch (RuntimeException | Error failed) {
      LOG.log(Level.WARNING, "the search index could not follow the publication sequence", failed);
      lastProblem = String.valueOf(failed);
      nextCheckAt = Instant.EPOCH;
    }
  }

  /**
   * Takes a newly saved version of the dictionary of citizens' words into use: query-time
   * expansion, so nothing is re-indexed. A version that cannot be read (it was checked when saved,
   * so only after an upgrade that reads differently) leaves the one in use.
   */
  private void followSynonyms() {
    int latest = synonymVersions.latest();
    if (latest == synonymVersion) {
      return;
    }
    try {
      var dictionary = synonymVersions.find(latest).orElseGet(SynonymDictionary::shipped);
      synonyms = AbbreviationSynonyms.standard().with(dictionary);
      LOG.info(() -> "search uses version " + latest + " of the dictionary of citizens' words");
    } catch (IllegalArgumentException unreadable) {
      LOG.log(
          Level.WARNING, "version " + latest + " of the search synonyms is unusable", unreadable);
    }
    synonymVersion = latest;
    Generation g = live;
    if (g != null) {
      g.index().useSynonyms(synonyms);
    }
  }

  /** The version of the dictionary of citizens' words this node searches with; -1 before start. */
  public int synonymVersion() {
    return synonymVersion;
  }

  /** Opens the index in use, if it is whole; otherwise starts building one. */
  private void open() {
    Optional<String> current = generations.current();
    if (current.isEmpty()) {
      startRebuild("no index yet in " + generations.base());
      return;
    }
    String name = current.get();
    try {
      Directory dir = new MMapDirectory(generations.path(name));
      Optional<String> problem = IndexHealth.problem(dir, true);
      if (problem.isPresent()) {
        dir.close();
        startRebuild("index " + name + " is damaged: " + problem.get());
        return;
      }
      AnswerIndex index = AnswerIndex.open(dir);
      if (!index.analysisCurrent()) {
        index.close();
        dir.close();
        startRebuild("index " + name + " was built with an older analysis");
        return;
      }
      index.useSynonyms(synonyms);
      live = new Generation(name, dir, index);
      generations.removeAllBut(List.of(name));
      LOG.info(() -> "search index " + name + " opened at sequence " + live.index().lastSequence());
    } catch (IOException | RuntimeException unusable) {
      startRebuild("index " + name + " cannot be opened: " + unusable);
    }
  }

  /** Applies every change after the index's last one; the caller holds the lock. */
  private void catchUp(Generation g) throws IOException {
    long last = g.index().lastSequence();
    long newest = log.lastSequence();
    if (last > newest) {
      throw new InconsistentIndexException(
          "the index is at publication " + last + " but the database only at " + newest);
    }
    while (last < newest) {
      List<PublicationLog.Change> changes = log.after(last, BATCH);
      if (changes.isEmpty()) {
        break;
      }
      List<Long> ids = changes.stream().map(PublicationLog.Change::answerId).distinct().toList();
      for (PublicationLog.Copy copy : log.copies(ids)) {
        if (copy.answer().isPresent()) {
          g.index().index(copy.answer().get());
        } else {
          g.index().delete(Long.toString(copy.id()));
        }
      }
      last = changes.get(changes.size() - 1).seq();
      g.index().commit(last);
    }
  }

  /**
   * Checks the index in use: files (footers, or full checksums when thorough) and, when it has
   * caught up, its count against the database. A problem starts a rebuild.
   */
  private void check(Generation g, boolean thorough) throws IOException {
    lastCheckAt = clock.instant();
    nextCheckAt = lastCheckAt.plus(Duration.parse(checkInterval));
    Optional<String> problem = IndexHealth.problem(g.directory(), thorough);
    if (problem.isPresent()) {
      throw new InconsistentIndexException("index " + g.name() + " is damaged: " + problem.get());
    }
    long sequence = g.index().lastSequence();
    if (sequence == log.lastSequence()) {
      long indexed = g.index().count();
      long published = log.countPublished();
      if (indexed != published) {
        throw new InconsistentIndexException(
            "index " + g.name() + " holds " + indexed + " answers, the database " + published);
      }
    }
    lastProblem = null;
  }

  /** Checks the index now (thoroughly), rebuilding it when something is wrong. */
  public Status checkNow() {
    Generation g = live;
    if (g != null) {
      synchronized (lock) {
        try {
          catchUp(g);
          check(g, true);
        } catch (InconsistentIndexException inconsistent) {
          startRebuild(inconsistent.getMessage());
        } catch (IOException | RuntimeException broken) {
          startRebuild("index " + g.name() + " is damaged: " + broken);
        }
      }
    }
    return status();
  }

  // --- rebuilding -------------------------------------------------------------------------------

  /** Starts a rebuild in the background unless one is running; true when one was started. */
  public synchronized boolean startRebuild(String reason) {
    if (rebuilding) {
      return false;
    }
    rebuilding = true;
    lastProblem = reason;
    LOG.warning(() -> "rebuilding the search index: " + reason);
    rebuildDone.set(0);
    rebuild = new Rebuild(reason, clock.instant(), null, 0, 0, null, null);
    executor.execute(() -> build(reason));
    return true;
  }

  private void build(String reason) {
    Instant startedAt = rebuild.startedAt();
    String name = null;
    Directory dir = null;
    AnswerIndex index = null;
    try {
      name = generations.create();
      dir = new MMapDirectory(generations.path(name));
      index = AnswerIndex.open(dir, BUILD_BUFFER_MB);
      index.useSynonyms(synonyms);
      long sequence = log.lastSequence();
      long total = log.countPublished();
      rebuild = new Rebuild(reason, startedAt, null, 0, total, null, name);
      indexAll(index);
      index.commit(sequence);
      var fresh = new Generation(name, dir, index);
      Generation old;
      synchronized (lock) {
        catchUp(fresh);
        generations.use(name);
        old = live;
        fresh.index().useSynonyms(synonyms);
        live = fresh;
        nextCheckAt = clock.instant().plus(Duration.parse(checkInterval));
      }
      close(old);
      generations.removeAllBut(List.of(name));
      lastProblem = null;
      long built = rebuildDone.get();
      String finished = name;
      rebuild = new Rebuild(reason, startedAt, clock.instant(), built, built, null, name);
      LOG.info(() -> "search index " + finished + " rebuilt with " + built + " answers");
    } catch (IOException | RuntimeException failed) {
      LOG.log(Level.SEVERE, "rebuilding the search index failed", failed);
      rebuild =
          new Rebuild(
              reason,
              startedAt,
              clock.instant(),
              rebuildDone.get(),
              rebuild.total(),
              String.valueOf(failed),
              name);
      close(index == null ? null : new Generation(name, dir, index));
      if (name != null) {
        IndexGenerations.delete(generations.path(name));
      }
      nextCheckAt = Instant.EPOCH;
    } finally {
      rebuilding = false;
    }
  }

  /**
   * Reads the published answers page by page (one thread) while {@link #INDEXERS} tasks analyse and
   * add the pages already read; at most two pages per indexer wait in memory.
   */
  private void indexAll(AnswerIndex index) throws IOException {
    ExecutorService indexers = Executors.newFixedThreadPool(INDEXERS, threads);
    try {
      indexAll(index, indexers);
    } finally {
      indexers.shutdownNow();
    }
  }

  private void indexAll(AnswerIndex index, ExecutorService indexers) throws IOException {
    var slots = new Semaphore(INDEXERS * 2);
    var failure = new AtomicReference<Throwable>();
    var running = new ArrayList<Future<?>>();
    long after = 0;
    while (failure.get() == null) {
      List<PublicAnswer> page = log.publishedAfter(after, BATCH);
      if (page.isEmpty()) {
        break;
      }
      after = Long.parseLong(page.get(page.size() - 1).id());
      slots.acquireUninterruptibly();
      running.removeIf(Future::isDone);
      running.add(
          indexers.submit(
              () -> {
                try {
                  for (PublicAnswer answer : page) {
                    index.index(answer);
                  }
                  rebuildDone.addAndGet(page.size());
                } catch (IOException | RuntimeException failed) {
                  failure.compareAndSet(null, failed);
                } finally {
                  slots.release();
                }
              }));
    }
    for (Future<?> task : running) {
      try {
        task.get();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("rebuild interrupted", interrupted);
      } catch (ExecutionException failed) {
        failure.compareAndSet(null, failed.getCause());
      }
    }
    if (failure.get() != null) {
      throw new IOException("indexing failed", failure.get());
    }
  }

  private static void close(Generation g) {
    if (g == null) {
      return;
    }
    try {
      g.index().close();
    } catch (IOException | RuntimeException ignored) {
      // a damaged or deleted index may not close cleanly; it is discarded anyway
    }
    try {
      g.directory().close();
    } catch (IOException | RuntimeException ignored) {
      // as above
    }
  }

  // --- status -----------------------------------------------------------------------------------

  public Status status() {
    Generation g = live;
    long documents = -1;
    long sequence = -1;
    if (g != null) {
      try {
        documents = g.index().count();
        sequence = g.index().lastSequence();
      } catch (IOException | RuntimeException unreadable) {
        documents = -1;
      }
    }
    State state =
        rebuilding
            ? State.REBUILDING
            : g != null ? State.READY : started ? State.UNAVAILABLE : State.STARTING;
    Rebuild r = rebuild;
    if (r != null && rebuilding) {
      r =
          new Rebuild(
              r.reason(), r.startedAt(), null, rebuildDone.get(), r.total(), null, r.generation());
    }
    return new Status(
        state,
        generations == null ? directory : generations.base().toString(),
        g == null ? null : g.name(),
        documents,
        sequence,
        log.lastSequence(),
        log.countPublished(),
        lastCheckAt,
        lastProblem,
        r);
  }

  /** The index disagrees with the database or its files are damaged. */
  static final class InconsistentIndexException extends RuntimeException {
    InconsistentIndexException(String message) {
      super(message, null, false, false);
    }
  }
}
