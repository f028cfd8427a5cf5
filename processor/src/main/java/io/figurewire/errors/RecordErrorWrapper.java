package io.figurewire.errors;

import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Wraps every processor of the topology ({@code processor.wrapper.class}) so that an
 * {@link Error} thrown while processing one record, a {@link StackOverflowError} above all,
 * reaches the processing exception handler as an exception. Kafka Streams hands only
 * {@code Exception}s to that handler; an {@code Error} went to the uncaught-exception handler,
 * which stopped the client with the offset uncommitted, so every restart died on the same
 * record. Now the record is dead-lettered with the error's name as its reason.
 */
public final class RecordErrorWrapper implements ProcessorWrapper {

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        return ProcessorWrapper.asWrapped(new ProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new Guarded<>(processorName, supplier.get());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        return ProcessorWrapper.asWrappedFixedKey(new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new GuardedFixedKey<>(processorName, supplier.get());
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        });
    }

    /** The error as an exception whose message names it and the processor: the DLQ record's reason. */
    static RecordProcessingError asException(String processorName, Error e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new RecordProcessingError(e.getClass().getSimpleName() + " in processor " + processorName + detail, e);
    }

    private record Guarded<KIn, VIn, KOut, VOut>(String name, Processor<KIn, VIn, KOut, VOut> inner)
            implements Processor<KIn, VIn, KOut, VOut> {
        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            inner.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            try {
                inner.process(record);
            } catch (Error e) {
                throw asException(name, e);
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private record GuardedFixedKey<KIn, VIn, VOut>(String name, FixedKeyProcessor<KIn, VIn, VOut> inner)
            implements FixedKeyProcessor<KIn, VIn, VOut> {
        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            inner.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            try {
                inner.process(record);
            } catch (Error e) {
                throw asException(name, e);
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
