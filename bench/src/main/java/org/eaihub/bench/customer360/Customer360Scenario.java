package org.eaihub.bench.customer360;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.eaihub.bench.Stats;
import org.eaihub.bench.landscape.LandscapeHttp;
import org.eaihub.bench.landscape.LandscapeHttp.SeededCustomer;
import org.eaihub.bench.landscape.RunningLandscape;

/**
 * Customer 360 (Fig 8-9): the hub's {@code GET /api/customers/{id}/360} against the same reads made straight at each
 * source from this process, one request at a time, interleaved so that drift hits all alike: the CRM's customer
 * record, the ERP's three reads (aging, open items, trade history) in parallel as the hub makes them, the SCM's open
 * shipments. The ratio is the hub's p99 over the slowest single source's p99: what the fan-out, the canonical
 * mapping and the extra hop cost on top of the slowest system the answer has to wait for. The hub asks the CRM first
 * (it holds the keys the ERP and the SCM know), so a ratio near (CRM + slowest other) / slowest is the floor.
 */
public final class Customer360Scenario implements Scenario {

    public static final String RATIO = "R_c360";
    public static final String HUB_P99 = "c360.hub_p99";
    public static final String SOURCE_P99 = "c360.slowest_source_p99";

    private static final ZoneId ERP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "customer360";
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                Figure.ratio(RATIO, "p99 of the hub's customer 360 over the p99 of the slowest single source (CRM, ERP, "
                        + "SCM) read directly, same customers, same run"),
                Figure.absolute(HUB_P99, "ms", "p99 of GET /api/customers/{id}/360, one request at a time"),
                Figure.absolute(SOURCE_P99, "ms", "p99 of the slowest source read directly (its name in the note)"));
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        boolean shortMode = "short".equals(context.mode().name());
        int requests = shortMode ? 25 : 200;
        RunningLandscape landscape = context.landscape();
        LandscapeHttp http = new LandscapeHttp(landscape);
        List<SeededCustomer> customers = http.creditworthyCustomers(50);
        for (int i = 0; i < (shortMode ? 10 : 30); i++) {
            measureOnce(landscape, http, customers.get(i % customers.size()));
        }
        context.log("  customer 360: %d requests of each kind", requests);
        List<Double> hub = new ArrayList<>();
        List<Double> crm = new ArrayList<>();
        List<Double> erp = new ArrayList<>();
        List<Double> scm = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            double[] times = measureOnce(landscape, http, customers.get(i % customers.size()));
            crm.add(times[0]);
            erp.add(times[1]);
            scm.add(times[2]);
            hub.add(times[3]);
        }
        double hubP99 = Stats.percentile(hub, 99);
        double crmP99 = Stats.percentile(crm, 99);
        double erpP99 = Stats.percentile(erp, 99);
        double scmP99 = Stats.percentile(scm, 99);
        double slowest = Math.max(crmP99, Math.max(erpP99, scmP99));
        String sources = String.format("p99 CRM %.1f ms, ERP %.1f ms, SCM %.1f ms; hub p50 %.1f ms", crmP99, erpP99,
                scmP99, Stats.percentile(hub, 50));
        return List.of(
                new Sample(RATIO, hubP99 / slowest, requests + " requests; " + sources),
                new Sample(HUB_P99, hubP99, requests + " requests"),
                new Sample(SOURCE_P99, slowest, sources));
    }

    /** Milliseconds of: the CRM read, the ERP's three reads, the SCM read, the hub's 360. */
    private static double[] measureOnce(RunningLandscape landscape, LandscapeHttp http, SeededCustomer customer)
            throws Exception {
        double[] times = new double[4];
        long start = System.nanoTime();
        expectOk(http.send(http.get(landscape.crmUrl().resolve("/api/customers/" + customer.id()), TIMEOUT)), "CRM");
        times[0] = millisSince(start);

        start = System.nanoTime();
        YearMonth month = YearMonth.now(ERP_ZONE);
        String kunnr = "<KUNNR>" + customer.erpNumber() + "</KUNNR>";
        List<CompletableFuture<HttpResponse<String>>> erpReads = List.of(
                soap(landscape, http, "ReceivablesAgingGet", kunnr),
                soap(landscape, http, "OpenItemsGet", kunnr),
                soap(landscape, http, "TradeHistoryGet", kunnr + "<SPMON_FROM>" + spmon(month.minusMonths(11))
                        + "</SPMON_FROM><SPMON_TO>" + spmon(month) + "</SPMON_TO>"));
        for (CompletableFuture<HttpResponse<String>> read : erpReads) {
            expectOk(read.join(), "ERP");
        }
        times[1] = millisSince(start);

        start = System.nanoTime();
        expectOk(http.send(http.get(landscape.scmUrl().resolve("/api/shipments?open=true&shipToParty="
                + customer.scmParty()), TIMEOUT)), "SCM");
        times[2] = millisSince(start);

        start = System.nanoTime();
        HttpResponse<String> view = http.send(http.get(landscape.hubUrl().resolve("/api/customers/" + customer.id()
                + "/360"), TIMEOUT));
        times[3] = millisSince(start);
        expectOk(view, "hub");
        if (view.headers().firstValue("Customer360-Missing").isPresent()) {
            throw new IllegalStateException("the hub's customer 360 of " + customer.id() + " was partial: "
                    + view.headers().firstValue("Customer360-Missing").get());
        }
        return times;
    }

    private static CompletableFuture<HttpResponse<String>> soap(RunningLandscape landscape, LandscapeHttp http,
            String operation, String content) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:erp=\"urn:eaihub:erp:v1\"><soapenv:Body><erp:" + operation + ">" + content + "</erp:"
                + operation + "></soapenv:Body></soapenv:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(landscape.erpUrl().resolve("/services/erp"))
                .header("Authorization", http.authorization())
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:eaihub:erp:v1:" + operation + "\"")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        return http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String spmon(YearMonth month) {
        return String.format("%04d%02d", month.getYear(), month.getMonthValue());
    }

    private static void expectOk(HttpResponse<String> response, String source) {
        if (response.statusCode() != 200) {
            URI uri = response.uri();
            throw new IllegalStateException(source + " answered " + response.statusCode() + " to " + uri.getPath());
        }
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
