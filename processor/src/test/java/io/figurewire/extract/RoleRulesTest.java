package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role rules that need what a single construction row lacks: the article's date. Sentences are made
 * up for the rule; none comes from a scored set.
 */
class RoleRulesTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();
    private final ArticleContext dated = new ArticleContext("t", null, null, null, Instant.parse("2024-05-02T08:00:00Z"), null);

    private List<ExtractedClaim> claims(String text) {
        return ex.extract(text, 0, dated);
    }

    @Test
    void aPastYearAfterAMonthOpeningTheSentenceDatesAnotherEvent() {
        assertThat(claims("In March 1987, 212 people were killed when a ferry capsized off the same coast.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        assertThat(claims("In October 2001, 19 miners died in a blast at the same pit.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        // the article's own year dates the reported event
        assertThat(claims("In April 2024, 19 miners died in a blast at the pit.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
    }

    @Test
    void aPastYearRightAfterTheFateDatesAnotherEvent() {
        // "N died in 1996 when ...": the year after the verb dates the deaths, a background paragraph's earlier disaster
        assertThat(claims("More than 600 passengers drowned in 1987 when an overloaded ferry sank off the coast.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        assertThat(claims("About 300 miners were killed in 2010 when a gas blast tore through the pit.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        assertThat(claims("Forty-one people died in March 2009 in a similar crush at the shrine.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        // the article's own year, or the reported event named with "the" (an anniversary piece): the figure stays current
        assertThat(claims("Nineteen miners died in 2024 when a gas blast tore through the pit.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
        assertThat(claims("At least 617 people died in 2014 when the quake struck the province.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
    }

    @Test
    void aParticipleAfterAnIndefiniteEventOfAPastYearGivesThatEventsFigure() {
        // a new event introduced with "a"/"an" and dated before the article, its toll in a participle after the comma
        assertThat(claims("A magnitude 6.1 quake struck the northern valley in 1999, killing more than 400.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        assertThat(claims("A cyclone hit the delta in 2008, leaving 1,300 dead, and a second storm struck the coast in 2013, killing 90."))
                .hasSize(2).allSatisfy(c -> assertThat(c.role()).isEqualTo(ClaimRole.HISTORICAL));
        // no past year, the article's own year, or the reported event named with "the": the figure stays current
        assertThat(claims("A quake struck the northern valley on Friday, killing more than 400.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
        assertThat(claims("A landslide buried the village in 2024, killing 31.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
        assertThat(claims("The quake struck the province in 2014, killing 617.")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo(ClaimRole.CURRENT));
    }

    @Test
    void explainNamesTheCueThatDecidedTheRole() {
        assertThat(ex.explain("About 3,000 people remain evacuated, down from a high of 20,000.", dated).numbers())
                .filteredOn(n -> n.value() != null && n.value() == 20000)
                .singleElement().satisfies(n -> assertThat(n.reason()).contains("previous: the peak a count came down from"));
        assertThat(ex.explain("The toll reached 54 and was expected to climb further.", dated).numbers())
                .singleElement().satisfies(n -> {
                    assertThat(n.role()).isEqualTo(ClaimRole.CURRENT);
                    assertThat(n.reason()).doesNotContain("projection");
                });
        assertThat(ex.explain("The toll could rise to 300.", dated).numbers())
                .singleElement().satisfies(n -> assertThat(n.reason()).contains("projection: a modal or forecast before it ('could')"));
    }
}
