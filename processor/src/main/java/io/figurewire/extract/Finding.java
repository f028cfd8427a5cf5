package io.figurewire.extract;

/** One figure of a sentence (a number or a range) and what the rules made of it; filled in by {@link SentenceReader}. */
final class Finding {
    int first;          // first lexeme of the figure (without qualifier)
    int end;            // end lexeme (exclusive)
    int qStart;         // first lexeme including qualifier
    double value;
    Double low;
    Double high;
    Qualifier qualifier = Qualifier.EXACT;
    ClaimKind kind = ClaimKind.COUNT;
    String countType;
    ClaimRole role = ClaimRole.CURRENT;
    String reason;
    boolean claim;
    String subject;
    String location;
    String period;
    String eventSlug;
    String group;
    String metric;
    boolean ellipsis;
    /** A count of the places where the event happened (see {@link SiteFigures}): it parts no tally from its figure. */
    boolean site;
    /** The earlier value of a tally, told in an aside before its current one ("The toll, initially put at 25, has risen to 31"). */
    boolean earlierValue;
    /** For a release: who was counted ("hostages", "prisoner"), so "and the remains of nine" inherits it. */
    String releaseWho;
    /** For the part of a partitive ("three of the 17 crew"): the count type its whole was read with. */
    String wholeType;
    ExtractedClaim extracted;

    /** A claim counting something. */
    boolean countClaim() {
        return claim && kind == ClaimKind.COUNT;
    }
}
