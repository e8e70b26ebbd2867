package eu.projectresolution.mobilisation.practice;

/** What a {@link MediaLink} points to. */
public enum MediaKind {
  VIDEO,
  AUDIO,
  IMAGE,
  DOCUMENT,
  WEB_PAGE
}
