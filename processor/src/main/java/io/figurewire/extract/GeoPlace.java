package io.figurewire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place resolved in the hierarchy town → admin2 (county, district) → admin1 (state, province)
 * → country. The names of the levels above are kept (not codes) so that a place the gazetteer
 * does not know, read from a dateline ("PORT EMMET, Valdoria"), is still placed in its country.
 *
 * @param level      what the place is
 * @param country    the country's name, or null when unknown
 * @param admin1     the state or province, or null
 * @param admin2     the county or district, or null; for a place no gazetteer knows, the known
 *                   place right above it ("London" for "Grenfell Tower, London")
 * @param population GeoNames population, 0 when unknown
 * @param capital    whether the place is a national capital (a bureau dateline, not an event's place)
 */
public record GeoPlace(String name, Level level, String country, String admin1, String admin2, long population,
                       boolean capital) {

    public enum Level { COUNTRY, ADMIN1, ADMIN2, TOWN, AREA, UNKNOWN }

    public static GeoPlace country(String name) {
        return new GeoPlace(name, Level.COUNTRY, name, null, null, 0, false);
    }

    /** A place no gazetteer knows, placed in its country (or state) when the text says which. */
    public static GeoPlace unknown(String name, String within) {
        return new GeoPlace(name, Level.UNKNOWN, within, null, null, 0, false);
    }

    public String slug() {
        return MetricKeys.slug(name);
    }

    /**
     * "Antakya, Hatay, Turkey": the place, its state and country, most specific first, no repeats.
     * The county is left out ("Antakya İlçesi" says nothing a reader needs) except for a place no
     * gazetteer knows, whose admin2 slot holds the known place it lies in.
     */
    public String path() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        for (String up : new String[] {level == Level.UNKNOWN ? admin2 : null, admin1, country}) {
            if (up != null && !up.isEmpty() && !parts.contains(up)) parts.add(up);
        }
        return String.join(", ", parts);
    }

    /** Whether this place is {@code other} or a level above it (Turkey contains Antakya and Hatay). */
    public boolean contains(GeoPlace other) {
        if (other == null) return false;
        if (sameAs(other)) return true;
        if (country == null || !country.equals(other.country)) return false;
        return switch (level) {
            case COUNTRY -> true;
            case ADMIN1 -> name.equals(other.admin1) && other.level != Level.ADMIN1;
            case ADMIN2 -> name.equals(other.admin2) && (other.level == Level.TOWN || other.level == Level.UNKNOWN);
            case TOWN, AREA, UNKNOWN -> other.level == Level.UNKNOWN && name.equals(other.admin2);
        };
    }

    /** The same place: same name at the same level in the same country and state. */
    public boolean sameAs(GeoPlace other) {
        return other != null && name.equals(other.name) && level == other.level && Objects.equals(country, other.country)
                && Objects.equals(admin1, other.admin1);
    }
}
