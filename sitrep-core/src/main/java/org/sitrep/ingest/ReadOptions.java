package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * What the user tells the reader about inputs that do not say it themselves.
 *
 * @param published publication date for documents whose metadata gives none (null: such a document is
 *                  an error, since relative dates cannot be resolved without it)
 * @param source    publisher name for documents whose metadata gives none (null: none)
 */
public record ReadOptions(LocalDate published, String source) implements java.io.Serializable {
  public static final ReadOptions NONE = new ReadOptions(null, null);
}
