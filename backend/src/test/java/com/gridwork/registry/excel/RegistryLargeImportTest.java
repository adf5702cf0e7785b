package com.gridwork.registry.excel;

import com.gridwork.common.crypto.IdCards;
import com.gridwork.testsupport.Fixtures;
import com.gridwork.testsupport.Fixtures.World;
import com.gridwork.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 20,000-row file imports (streamed, chunked); not timed as a test, but the time is logged. For the 100,000-row
 * measurement: {@code ./mvnw test -Dtest=RegistryLargeImportTest -DargLine="-Xmx384m -Dgridwork.import-test.rows=100000"}.
 */
@QuarkusTest
class RegistryLargeImportTest {
    private static final Logger LOG = Logger.getLogger(RegistryLargeImportTest.class);
    static final int ROWS = Integer.getInteger("gridwork.import-test.rows", 20_000);

    @Inject
    Fixtures fixtures;

    @Inject
    RegistrySql sql;

    @TestHTTPResource("/api/registry/import?dryRun=false")
    URI importUrl;

    /**
     * Uploads with the JDK client: REST Assured's logging filter copies a multipart body into a string, which for
     * a large file measures the test client rather than the server.
     */
    private JsonPath upload(String user, byte[] file) throws IOException, InterruptedException {
        String boundary = "----gridwork" + System.nanoTime();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.xlsx\"\r\n"
                        + "Content-Type: " + RegistryTemplate.XLSX + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(importUrl)
                .header("Authorization", "Bearer " + TestTokens.of(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new JsonPath(response.body());
    }

    /** Households of 1 to 4 residents at street addresses of one grid, every ID number distinct and valid. */
    static byte[] largeFile(String gridCode, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        Set<String> ids = new HashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 120);
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("住户居民");
            for (int c = 0; c < Workbooks.HEADERS.size(); c++) {
                sheet.value(0, c, Workbooks.HEADERS.get(c));
            }
            int r = 1;
            int flushed = 0;
            int household = 0;
            String[] relations = {"户主", "配偶", "子", "女"};
            while (r <= rows) {
                household++;
                int size = 1 + random.nextInt(4);
                for (int m = 0; m < size && r <= rows; m++, r++) {
                    String id;
                    do {
                        LocalDate birth =
                                LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                        // a division no generator uses: the bench tests' generated residents share this database
                        String first17 = "330110"
                                + String.format(
                                        "%04d%02d%02d%03d",
                                        birth.getYear(),
                                        birth.getMonthValue(),
                                        birth.getDayOfMonth(),
                                        random.nextInt(1000));
                        id = first17 + IdCards.checkCharacter(first17);
                    } while (!ids.add(id));
                    sheet.value(r, 0, gridCode);
                    sheet.inlineString(r, 4, "测试大道" + household + "号");
                    sheet.value(r, 5, household % 5 == 0 ? "租赁住房" : "自有住房");
                    sheet.value(r, 8, "居民" + r);
                    sheet.value(r, 9, relations[m]);
                    sheet.inlineString(r, 10, id);
                    if (random.nextBoolean()) {
                        sheet.inlineString(
                                r,
                                11,
                                "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)));
                    }
                    sheet.value(r, 12, "汉族");
                    sheet.value(r, 13, household % 5 == 0 ? "流动人口" : "户籍人口");
                    sheet.value(r, 19, "2019-06-01");
                }
                if (r - flushed >= 2000) {
                    // The writer keeps unflushed rows in memory.
                    sheet.flush();
                    flushed = r;
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aTwentyThousandRowFileImports() throws IOException, InterruptedException {
        World w = fixtures.world();
        byte[] file = largeFile(sql.code(w.gridA1()), ROWS, 42);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        JsonPath report = upload(w.admin(), file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        LOG.infof(
                "Imported %d rows (%d KB file) in %d ms; heap peak (sum of pool peaks, whole test JVM, max heap %d MB) %d MB",
                ROWS,
                file.length / 1024,
                millis,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peak / (1024 * 1024));
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getInt("rows")).isEqualTo(ROWS);
        assertThat(report.getInt("residents.created")).isEqualTo(ROWS);
        long households = report.getInt("households.created");
        assertThat(sql.count("SELECT COUNT(*) FROM resident WHERE area_path = ?", sql.path(w.gridA1())))
                .isEqualTo(ROWS);
        assertThat(sql.count(
                        "SELECT COUNT(*) FROM household WHERE grid_id = ? AND head_resident_id IS NOT NULL",
                        w.gridA1()))
                .isEqualTo(households);

        started = System.nanoTime();
        JsonPath again = upload(w.admin(), file);
        LOG.infof("Re-imported %d unchanged rows in %d ms", ROWS, (System.nanoTime() - started) / 1_000_000);
        assertThat(again.getMap("residents")).isEqualTo(Map.of("created", 0, "updated", 0, "unchanged", ROWS));
    }
}
