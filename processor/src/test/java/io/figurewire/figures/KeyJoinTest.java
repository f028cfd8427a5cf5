package io.figurewire.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.topology.ProcessorSettings;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which key a report meets on when outlets anchor one event at different levels (figures/KeyJoin). */
class KeyJoinTest {

    static final long HOUR = 3_600_000L;
    static final List<String> NORWAY = List.of("norway");
    static final List<String> VESTLAND = List.of("norway", "vestland");
    static final List<String> KARSK = List.of("norway", "vestland", "karsk");
    static final List<String> DALBY = List.of("norway", "vestland", "dalby");
    static final List<String> BODO = List.of("norway", "nordland", "bodo");

    final KeyJoin join = new KeyJoin(Duration.ofDays(7));
    final SortedMap<String, KeyJoin.Known> family = new TreeMap<>();

    KeyJoin.Decision report(String metric, List<String> path, long hour) {
        return join.decide(metric, path, hour * HOUR, family);
    }

    @Test
    void aCoarseReportJoinsTheOneActiveFinerKeyInside() {
        report("killed/karsk", KARSK, 0);
        assertThat(report("killed/norway", NORWAY, 5)).isEqualTo(new KeyJoin.Decision("killed/karsk", List.of()));
        assertThat(report("killed/vestland", VESTLAND, 6).target()).isEqualTo("killed/karsk");
        assertThat(family).containsOnlyKeys("killed/karsk");
        assertThat(family.get("killed/karsk").lastPublished()).isEqualTo(6 * HOUR);
    }

    @Test
    void twoConcurrentEventsInOneCountryNeverShareAKey() {
        report("killed/karsk", KARSK, 0);
        report("killed/dalby", DALBY, 1);
        assertThat(report("killed/karsk", KARSK, 2).target()).isEqualTo("killed/karsk");
        assertThat(report("killed/dalby", DALBY, 3).target()).isEqualTo("killed/dalby");
        // the region holds both: it stays on its own key, and is never adopted by either town
        assertThat(report("killed/vestland", VESTLAND, 4)).isEqualTo(new KeyJoin.Decision("killed/vestland", List.of()));
        assertThat(family.get("killed/vestland").ambiguous()).isTrue();
        assertThat(report("killed/karsk", KARSK, 5).adopted()).isEmpty();
    }

    @Test
    void onlyTheFinestActiveKeysCount() {
        report("killed/vestland", VESTLAND, 0);
        report("killed/karsk", KARSK, 1);
        // the region's key was adopted by the town; a country report then has one candidate
        assertThat(report("killed/norway", NORWAY, 2).target()).isEqualTo("killed/karsk");
        // an event in another region of the country: two finest keys, the country stays apart
        report("killed/bodo", BODO, 3);
        assertThat(report("killed/norway", NORWAY, 4).target()).isEqualTo("killed/norway");
        // the region still has one: it joins its town
        assertThat(report("killed/vestland", VESTLAND, 5).target()).isEqualTo("killed/karsk");
    }

    @Test
    void anEventFirstSeenCoarseIsAdoptedByItsFirstFinerKey() {
        report("killed/norway", NORWAY, 0);
        // the region is the finer key the country's report waited for; then the town is
        assertThat(report("killed/vestland", VESTLAND, 1)).isEqualTo(new KeyJoin.Decision("killed/vestland", List.of("killed/norway")));
        assertThat(report("killed/karsk", KARSK, 2)).isEqualTo(new KeyJoin.Decision("killed/karsk", List.of("killed/vestland")));
        assertThat(family).containsOnlyKeys("killed/karsk");
        assertThat(report("killed/norway", NORWAY, 3).target()).isEqualTo("killed/karsk");
    }

    @Test
    void keysThatProveOneEventNoLongerMakeACoarserKeyAmbiguous() {
        // "KARSK, Norway": the town's path does not say it is in Vestland yet
        report("killed/karsk", List.of("norway", "karsk"), 0);
        report("killed/vestland", VESTLAND, 1);
        assertThat(report("killed/norway", NORWAY, 2).target()).as("two candidates").isEqualTo("killed/norway");
        // "KARSK, Vestland": the town is in the region, which it adopts; then the country's row too
        assertThat(report("killed/karsk", KARSK, 3).adopted()).containsExactly("killed/norway", "killed/vestland");
        assertThat(family).containsOnlyKeys("killed/karsk");
    }

    @Test
    void aKeyOutsideTheWindowIsNotActive() {
        report("killed/karsk", KARSK, 0);
        assertThat(report("killed/norway", NORWAY, 24 * 8).target()).isEqualTo("killed/norway");
        // and the country's own reports are then adopted only by a finer key active again
        assertThat(report("killed/karsk", KARSK, 24 * 8 + 1).adopted()).containsExactly("killed/norway");
    }

    @Test
    void underTheDefaultJoinWindowAnEventsCountryReportsWeeksBeforeItsTownAreAdopted() {
        // a volcano first reported for the country, its town named in a report three weeks later
        KeyJoin weeks = new KeyJoin(ProcessorSettings.DEFAULT_KEY_JOIN_WINDOW);
        SortedMap<String, KeyJoin.Known> keys = new TreeMap<>();
        weeks.decide("killed/norway", NORWAY, 0, keys);
        assertThat(weeks.decide("killed/karsk", KARSK, 24 * 21 * HOUR, keys).adopted()).containsExactly("killed/norway");
        // a country report of another event, two months on, is that event's, not the town's
        assertThat(weeks.decide("killed/norway", NORWAY, 24 * 81 * HOUR, keys).target()).isEqualTo("killed/norway");
    }

    @Test
    void aLateReportOfAnOlderEventNeverAdoptsANewerEventsKey() {
        // a replayed archive or a late delivery: a country report of an event a month later came first
        report("killed/norway", NORWAY, 24 * 30);
        assertThat(report("killed/karsk", KARSK, 0).adopted()).isEmpty();
        // the older event's own country report meets its town; the newer one's row stays its own
        assertThat(report("killed/norway", NORWAY, 1).target()).isEqualTo("killed/karsk");
        assertThat(family).containsKeys("killed/norway", "killed/karsk");
        assertThat(report("killed/norway", NORWAY, 24 * 30 + 1).target()).isEqualTo("killed/norway");
    }

    @Test
    void aReportLandingOnACoarseKeyAfterTwoEventsStaysThereEvenWhenOneGoesQuiet() {
        report("killed/karsk", KARSK, 0);
        report("killed/dalby", DALBY, 0);
        report("killed/norway", NORWAY, 1);
        // Dalby is quiet for more than the window; Karsk goes on: the country's ambiguous row is not guessed into Karsk
        report("killed/karsk", KARSK, 24 * 6);
        assertThat(report("killed/karsk", KARSK, 24 * 7 + 1).adopted()).isEmpty();
        assertThat(family).containsKey("killed/norway").doesNotContainKey("killed/dalby");
    }

    @Test
    void familiesAreNameAndPeriodAndGroupsCarryNoPlace() {
        assertThat(KeyJoin.family("killed/karsk")).isEqualTo("killed");
        assertThat(KeyJoin.family("killed/karsk@24h")).isEqualTo("killed@24h");
        assertThat(KeyJoin.partitionKey("killed/karsk@24h")).isEqualTo("killed");
        SortedMap<String, KeyJoin.Known> daily = new TreeMap<>();
        join.decide("killed/karsk@24h", KARSK, 0, daily);
        assertThat(join.decide("killed/norway@24h", NORWAY, HOUR, daily).target()).isEqualTo("killed/karsk@24h");
        assertThat(report("killed/norway", NORWAY, 1).target()).as("another period is another family").isEqualTo("killed/norway");
        assertThat(report("killed/israeli-troops", null, 1)).isEqualTo(new KeyJoin.Decision("killed/israeli-troops", List.of()));
        assertThat(family).doesNotContainKey("killed/israeli-troops");
    }

    @Test
    void containmentNeedsTheSameCountryAndState() {
        assertThat(KeyJoin.contains(NORWAY, KARSK)).isTrue();
        assertThat(KeyJoin.contains(VESTLAND, KARSK)).isTrue();
        assertThat(KeyJoin.contains(VESTLAND, BODO)).isFalse();
        assertThat(KeyJoin.contains(KARSK, KARSK)).isFalse();
        assertThat(KeyJoin.contains(KARSK, VESTLAND)).isFalse();
        // a site placed in the town it was found in, without the county the town's own path has
        assertThat(KeyJoin.contains(List.of("united-kingdom", "england", "greater-london", "london"),
                List.of("united-kingdom", "england", "london", "grenfell-tower"))).isTrue();
        // two towns of one name in two states
        assertThat(KeyJoin.contains(List.of("united-states", "illinois", "sangamon", "springfield"),
                List.of("united-states", "missouri", "greene", "springfield", "mill"))).isFalse();
    }

    @Test
    void theSameReportsInTheSameOrderGiveTheSameDecisions() {
        List<KeyJoin.Decision> first = script();
        family.clear();
        assertThat(script()).isEqualTo(first);
    }

    private List<KeyJoin.Decision> script() {
        return List.of(report("killed/norway", NORWAY, 0), report("killed/karsk", KARSK, 1), report("killed/dalby", DALBY, 2),
                report("killed/vestland", VESTLAND, 3), report("killed/norway", NORWAY, 4), report("killed/bodo", BODO, 5));
    }
}
