package org.newssearch.model;

import java.util.Objects;

/**
 * A named-entity mention: {@code text} is {@code body.substring(start, end)}; {@code canonical}
 * is the fullest name the article uses for the same entity ("Mr Johnson" → "Boris Johnson").
 */
public record Mention(int start, int end, String text, EntityType type, String canonical) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }

  public Mention withCanonical(String name) {
    return new Mention(start, end, text, type, name);
  }
}
