package io.figurewire.stages;

import io.figurewire.records.CarriedSignature;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.text.ParagraphSignature;
import java.util.List;

/**
 * A paragraph's signature as it travels to dedup beside the paragraph ({@link ParagraphBatch#getSignatures}):
 * preparation normalised every paragraph for within-article dedup already, and dedup normalising
 * it again was its costliest step after the window lookups (issue 12).
 */
public final class CarriedSignatures {

    private CarriedSignatures() {
    }

    public static CarriedSignature of(ParagraphSignature s) {
        return new CarriedSignature(s.skeleton(), s.numbers(), s.simHash(), s.nearKey());
    }

    /**
     * The signature of the batch's paragraph {@code i}: the carried one when the batch carries one
     * per paragraph, else computed from the text (a batch written before signatures travelled, or
     * one built without them).
     */
    public static ParagraphSignature of(ParagraphBatch batch, int i) {
        Paragraph p = batch.getParagraphs().get(i);
        List<CarriedSignature> carried = batch.getSignatures();
        if (carried == null || carried.size() != batch.getParagraphs().size()) {
            return ParagraphSignature.of(p.getText());
        }
        CarriedSignature c = carried.get(i);
        return new ParagraphSignature(p.getFingerprint(), c.getSkeleton(), c.getNumbers(), c.getSimHash(), c.getNearKey());
    }
}
