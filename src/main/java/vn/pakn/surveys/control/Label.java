package vn.pakn.surveys.control;

import java.util.Locale;
import java.util.Objects;

/** A text for people in Vietnamese and English; both are required in every definition file. */
public record Label(String vi, String en) {

  public Label {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  /** English when the locale's language is English, Vietnamese otherwise. */
  public String in(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : vi;
  }
}
