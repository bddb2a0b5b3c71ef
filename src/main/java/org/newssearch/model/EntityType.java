package org.newssearch.model;

import java.util.Locale;

/** The three entity types of the CoNLL/MUC tradition that news search needs. */
public enum EntityType {
  PERSON("person"),
  ORGANIZATION("org"),
  LOCATION("place");

  private final String field;

  EntityType(String field) {
    this.field = field;
  }

  /** The short name used in queries and facets: {@code person}, {@code org}, {@code place}. */
  public String field() {
    return field;
  }

  /** Accepts PERSON, person, org, organisation, organization, place, location (any case). */
  public static EntityType parse(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "person", "people", "per" -> PERSON;
      case "org", "organization", "organisation", "orgs" -> ORGANIZATION;
      case "place", "location", "loc", "places" -> LOCATION;
      default ->
          throw new IllegalArgumentException(
              "unknown entity type '" + s + "' (expected person, org or place)");
    };
  }
}
