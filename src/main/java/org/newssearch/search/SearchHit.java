package org.newssearch.search;

/** One result: what a reader needs to judge it and find it again. */
public record SearchHit(int rank, String id, String title, String date, String source, String origin, float score, Snippet titleSnippet, Snippet snippet) {}
