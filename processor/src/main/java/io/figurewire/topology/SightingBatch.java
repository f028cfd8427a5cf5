package io.figurewire.topology;

import io.figurewire.text.CrossArticleDedup.Sighting;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The sightings one batch left (the kept paragraphs of one article in one dedup partition), as
 * one entry of the sightings store and so one record of its changelog: stored one by one, they
 * were one record per kept paragraph (issue 12). They carry consecutive sequences from
 * {@code firstSequence} (the dedup task numbers its sightings as it keeps them) and share the
 * article id, which is stored once.
 *
 * <p>Binary: a format byte, the first sequence, the article id, the count, then per sighting the
 * fingerprint and SimHash (8 bytes each), the paragraph index, and the numbers and skeleton as
 * length-prefixed UTF-8.
 */
record SightingBatch(long firstSequence, List<Sighting> sightings) {

    /** The only format so far; a reader meeting another refuses it rather than misread it. */
    private static final byte FORMAT = 1;

    SightingBatch {
        sightings = List.copyOf(sightings);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("a batch of no sightings");
        }
        String articleId = sightings.get(0).articleId();
        for (Sighting s : sightings) {
            if (!s.articleId().equals(articleId)) {
                throw new IllegalArgumentException("sightings of articles " + articleId + " and " + s.articleId() + " in one batch");
            }
        }
    }

    long sequenceOf(int position) {
        return firstSequence + position;
    }

    long lastSequence() {
        return sequenceOf(sightings.size() - 1);
    }

    /** The sighting numbered {@code sequence}, which must be one of this batch's. */
    Sighting at(long sequence) {
        return sightings.get(Math.toIntExact(sequence - firstSequence));
    }

    byte[] encode() {
        byte[] id = sightings.get(0).articleId().getBytes(StandardCharsets.UTF_8);
        List<byte[]> texts = new ArrayList<>(2 * sightings.size());
        int size = 1 + Long.BYTES + Integer.BYTES + id.length + Integer.BYTES;
        for (Sighting s : sightings) {
            byte[] numbers = s.numbers().getBytes(StandardCharsets.UTF_8);
            byte[] skeleton = s.skeleton().getBytes(StandardCharsets.UTF_8);
            texts.add(numbers);
            texts.add(skeleton);
            size += 2 * Long.BYTES + 3 * Integer.BYTES + numbers.length + skeleton.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).put(FORMAT).putLong(firstSequence).putInt(id.length).put(id).putInt(sightings.size());
        for (int i = 0; i < sightings.size(); i++) {
            Sighting s = sightings.get(i);
            b.putLong(HexFormat.fromHexDigitsToLong(s.fingerprint())).putLong(s.simHash()).putInt(s.index());
            b.putInt(texts.get(2 * i).length).put(texts.get(2 * i)).putInt(texts.get(2 * i + 1).length).put(texts.get(2 * i + 1));
        }
        return b.array();
    }

    static SightingBatch decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte format = b.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("sighting batch of unknown format " + format);
        }
        long first = b.getLong();
        String articleId = string(b);
        int count = b.getInt();
        // each sighting takes at least its fixed fields: a count beyond that is a corrupt entry, not a reason to allocate
        if (count < 1 || count > b.remaining() / (2 * Long.BYTES + 3 * Integer.BYTES)) {
            throw new IllegalArgumentException("sighting batch of " + count + " sightings in " + bytes.length + " bytes");
        }
        List<Sighting> sightings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String fingerprint = HexFormat.of().toHexDigits(b.getLong());
            long simHash = b.getLong();
            int index = b.getInt();
            String numbers = string(b);
            sightings.add(new Sighting(fingerprint, string(b), numbers, simHash, articleId, index));
        }
        return new SightingBatch(first, sightings);
    }

    private static String string(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("sighting batch text of " + length + " bytes with " + b.remaining() + " left");
        }
        String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }
}
