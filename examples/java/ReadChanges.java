import io.figurewire.records.FigureChange;
import io.figurewire.schemas.RecordSerdes;
import io.figurewire.schemas.SerdeOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads figure-changes from the beginning with figurewire's own deserializer, which takes Avro,
 * JSON and (given a registry URL as the third argument) registry records alike, and prints one
 * line per change. Run from a checkout after `mvn -B -ntp package -DskipTests`:
 *   java -cp 'cli/target/lib/*' examples/java/ReadChanges.java 127.0.0.1:9092 figure-changes
 */
public class ReadChanges {
    public static void main(String[] args) {
        String topic = args.length > 1 ? args[1] : "figure-changes";
        SerdeOptions serdes = args.length > 2 ? SerdeOptions.registry(SerdeOptions.registryApi(args[2])) : SerdeOptions.defaults();
        Map<String, Object> config = Map.of("bootstrap.servers", args.length > 0 ? args[0] : "127.0.0.1:9092",
                "isolation.level", "read_committed", "enable.auto.commit", false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), RecordSerdes.figureChange(serdes).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    FigureChange c = r.value();
                    System.out.printf("%s %s -> %s (%s)%n", c.getMetric(), c.getFrom() == null ? "none" : c.getFrom().getValue(),
                            c.getTo().getValue(), c.getPublished());
                }
            }
        }
    }
}
