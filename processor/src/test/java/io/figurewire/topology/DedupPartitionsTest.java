package io.figurewire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.figurewire.extract.ClaimExtractor;
import io.figurewire.records.Paragraph;
import io.figurewire.records.ParagraphBatch;
import io.figurewire.records.RawArticle;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.stages.ArticlePreparer;
import io.figurewire.stages.CarriedSignatures;
import io.figurewire.stages.ParagraphVerdicts;
import io.figurewire.stages.PreparedArticle;
import io.figurewire.text.ArticleCleaner;
import io.figurewire.text.ParagraphSignature;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/** One record per article and dedup partition, and every paragraph still judged where its routing key says. */
class DedupPartitionsTest {

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    final ArticlePreparer preparer = new ArticlePreparer(ArticleCleaner.withDefaultRules(), ClaimExtractor.withDefaultLexicon());

    PreparedArticle article(int paragraphs) {
        return article(paragraphs, "");
    }

    PreparedArticle article(int paragraphs, String padding) {
        String body = String.join("\n\n", IntStream.range(0, paragraphs)
                .mapToObj(i -> "Paragraph number " + i + " of the report says that " + (i * 7 + 3) + " houses in district "
                        + (char) ('A' + i % 26) + " were flooded overnight, officials said on Tuesday." + padding).toList());
        RawArticle raw = RawArticle.newBuilder().setId("a-1").setSource("wire").setUrl(null).setTitle("Floods")
                .setPublished(T0).setReceived(T0).setBody(body).setLanguage(null).build();
        return preparer.prepare(raw);
    }

    @Test
    void anArticleSendsOneBatchPerPartitionItsParagraphsFallIn() {
        PreparedArticle article = article(20);
        assertThat(article.paragraphs()).hasSize(20);
        DedupPartitions partitions = new DedupPartitions(6);
        List<KeyValue<String, ParagraphBatch>> batches = partitions.batches(article);

        long used = article.routingKeys().stream().map(partitions::bucketOf).distinct().count();
        assertThat(batches).hasSize((int) used).hasSizeLessThanOrEqualTo(6);
        assertThat(batches.stream().flatMap(b -> b.value.getParagraphs().stream()).map(Paragraph::getIndex).sorted())
                .containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        for (KeyValue<String, ParagraphBatch> batch : batches) {
            assertThat(batch.value.getArticleId()).isEqualTo("a-1");
            assertThat(batch.value.getParagraphs()).extracting(Paragraph::getIndex).isSorted();
            int partition = partitions.partitions("t", batch.key, batch.value, 6).orElseThrow().iterator().next();
            for (Paragraph p : batch.value.getParagraphs()) {
                // where Kafka's default partitioner sent the paragraph while it travelled alone
                byte[] key = new StringSerializer().serialize("t", ParagraphVerdicts.routingKey(p));
                assertThat(partition).isEqualTo(Utils.toPositive(Utils.murmur2(key)) % 6);
            }
        }
    }

    /**
     * Dedup judges each paragraph by the signature its batch carries: it must be the one the
     * paragraph's text gives, through the batch's own serde, with typo-prone, numbered and
     * punctuated text; a batch without signatures (an older record) has its signatures computed.
     */
    @Test
    void eachBatchCarriesTheSignatureItsParagraphsTextGivesThroughTheSerde() {
        PreparedArticle article = article(20, " Don't call it a U.S.-led \"cease-fire\" \u2014 1,204 (or 1.2k) homes, 3rd day.");
        var serde = RecordSerdes.paragraphBatch();
        int judged = 0;
        for (KeyValue<String, ParagraphBatch> batch : new DedupPartitions(6).batches(article)) {
            ParagraphBatch read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", batch.value));
            assertThat(read.getSignatures()).hasSameSizeAs(read.getParagraphs());
            ParagraphBatch older = ParagraphBatch.newBuilder(read).setSignatures(null).build();
            for (int i = 0; i < read.getParagraphs().size(); i++) {
                ParagraphSignature fromText = ParagraphSignature.of(read.getParagraphs().get(i).getText());
                assertThat(CarriedSignatures.of(read, i)).isEqualTo(fromText);
                assertThat(CarriedSignatures.of(older, i)).isEqualTo(fromText);
                judged++;
            }
        }
        assertThat(judged).isEqualTo(20);
    }

    @Test
    void withAnotherPartitionCountEveryRoutingKeyStillHasOnePartition() {
        DedupPartitions partitions = new DedupPartitions(6);
        for (KeyValue<String, ParagraphBatch> batch : partitions.batches(article(20))) {
            for (int n : new int[] {1, 4, 12}) {
                int partition = partitions.partitions("t", batch.key, batch.value, n).orElseThrow().iterator().next();
                for (Paragraph p : batch.value.getParagraphs()) {
                    String alone = ParagraphVerdicts.routingKey(p);
                    assertThat(partitions.partitions("t", alone, DedupStage.batchOf(p), n).orElseThrow()).containsExactly(partition);
                }
            }
        }
    }

    @Test
    void aLargeArticlesBatchIsCutInReadingOrderAndStaysOnItsPartition() {
        // 25 paragraphs of ~20,000 chars (near the body limit), all in one bucket
        PreparedArticle article = article(25, " More text follows here about the damage.".repeat(480));
        DedupPartitions partitions = new DedupPartitions(1);
        List<KeyValue<String, ParagraphBatch>> batches = partitions.batches(article);

        assertThat(batches).hasSizeGreaterThan(1);
        assertThat(batches.stream().flatMap(b -> b.value.getParagraphs().stream()).map(Paragraph::getIndex))
                .containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
        for (KeyValue<String, ParagraphBatch> batch : batches) {
            long chars = batch.value.getParagraphs().stream().mapToLong(p -> p.getText().length()).sum();
            assertThat(chars).isLessThanOrEqualTo(DedupPartitions.MAX_BATCH_CHARS);
            assertThat(partitions.partitions("t", batch.key, batch.value, 1).orElseThrow()).containsExactly(0);
        }
    }
}
