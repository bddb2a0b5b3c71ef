package org.newssearch.model;

import java.util.Objects;

/**
 * A direct quotation. {@code text} is the quoted words without the quotation marks, at
 * {@code [start, end)} of the body. Paragraphs of one quotation running over several paragraphs
 * are separate quotes sharing {@code group}. The speaker is a canonical name, a nominal speaker as
 * written ("the Prime Minister's official spokesman"), or null; {@code speakerStart/End} and
 * {@code cue} are the evidence (-1 and null when there is none).
 */
public record Quote(
    int start,
    int end,
    String text,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String cue,
    int group) {

  public Quote {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
    if (speaker == null && (speakerStart != -1 || speakerEnd != -1)) {
      throw new IllegalArgumentException("speaker offsets without a speaker");
    }
  }

  public boolean hasSpeaker() {
    return speaker != null;
  }
}
