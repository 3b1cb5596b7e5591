package org.eaihub.bench.codec;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.eaihub.bench.jms.OrderDocuments;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * R_codec's two sides, on the same ~1 KiB order the JMS load sends: canonical JSON to the record to XML through the
 * canonical codec (size limits, envelope probe, version and type checks, unknown-field check, Bean Validation on
 * read and on write, namespaced XML), and the same through bare Jackson mappers configured only so far as the records
 * need (Java time).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    private CanonicalCodec codec;
    private JsonMapper bareJson;
    private XmlMapper bareXml;
    private byte[] json;

    @Setup
    public void setUp() {
        codec = new CanonicalCodec();
        bareJson = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        bareXml = XmlMapper.builder().addModule(new JavaTimeModule()).build();
        json = codec.write(OrderDocuments.order(codec, 1), Format.JSON);
    }

    @Benchmark
    public byte[] canonical() {
        ProcessSalesOrder order = codec.read(json, Format.JSON, ProcessSalesOrder.class);
        return codec.write(order, Format.XML);
    }

    @Benchmark
    public byte[] bareJackson() throws IOException {
        ProcessSalesOrder order = bareJson.readValue(json, ProcessSalesOrder.class);
        return bareXml.writeValueAsBytes(order);
    }
}
