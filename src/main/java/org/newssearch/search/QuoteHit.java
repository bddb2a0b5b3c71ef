package org.newssearch.search;

/** One quotation found, with its speaker and its article. */
public record QuoteHit(
    int rank,
    String text,
    Snippet snippet,
    String speaker,
    String speakerMention,
    String cue,
    String articleId,
    String title,
    String date,
    String source,
    String origin,
    int start,
    int end,
    int group,
    float score) {}
