package io.figurewire.extract;

/**
 * Whether the figure is the one now reported. Only CURRENT claims move the figures table;
 * the others are still published so a reader sees them.
 */
public enum ClaimRole {
    /** the figure as now reported */
    CURRENT,
    /** superseded in the same text: "up from 77" */
    PREVIOUS,
    /** an addition, not a total: "another 30 trucks" */
    INCREMENT,
    /** hypothetical or future: "could rise to 300" */
    PROJECTION,
    /** a part of a total: "including 3,100 children"; never moves the total */
    BREAKDOWN,
    /** a figure about another or an earlier event: "the deadliest since a 1976 storm that killed 5,000" */
    HISTORICAL
}
