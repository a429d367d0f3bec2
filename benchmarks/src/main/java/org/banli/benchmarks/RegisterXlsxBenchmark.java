package org.banli.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.banli.report.xlsx.internal.XlsxFormat;

/**
 * A year's register of 100,000 items to XLSX with Banli's xlsx format, against a bare POI SXSSF
 * write of the same rows in the same JVM (run with -Xmx256m): time and peak heap of each, and
 * their ratios. The rows are made as they are written, as Banli's register streams them.
 */
public final class RegisterXlsxBenchmark {

    private static final int ROUNDS = 3;
    private static final List<Column> COLUMNS = List.of(
            new Column("label", "编号", ColumnType.TEXT),
            new Column("title", "标题", ColumnType.TEXT),
            new Column("submitter", "提出人", ColumnType.TEXT),
            new Column("category", "分类", ColumnType.TEXT),
            new Column("keyItem", "重点件", ColumnType.TEXT),
            new Column("hostUnit", "承办单位", ColumnType.TEXT),
            new Column("status", "状态", ColumnType.TEXT),
            new Column("registered", "登记日期", ColumnType.DATE),
            new Column("deadline", "答复期限", ColumnType.DATE),
            new Column("replyClass", "答复类别", ColumnType.TEXT),
            new Column("satisfaction", "满意度", ColumnType.TEXT));

    private RegisterXlsxBenchmark() {}

    static List<Object> row(int i) {
        LocalDate registered = LocalDate.of(2026, 1, 5).plusDays(i % 300);
        return Arrays.asList(
                "2026年建议第" + i + "号",
                "关于加强农村学校学生午餐管理和食品安全监督的建议（第" + i + "件）",
                "代表" + (i % 350),
                i % 3 == 0 ? "教育" : "城乡建设",
                i % 20 == 0 ? "是" : "",
                "县第" + (i % 200) + "局",
                "已答复",
                registered,
                registered.plusMonths(3),
                i % 4 == 0 ? "B" : "A",
                i % 10 == 0 ? null : "满意");
    }

    static long banli(int rows, OutputStream out) throws IOException {
        ReportModel model =
                new ReportModel("2026年建议提案台账", List.of(), List.of(), List.of(new ReportTable("台账", COLUMNS, sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.accept(row(i));
                    }
                })));
        new XlsxFormat().render(model, out);
        return rows;
    }

    /** What anyone would write with POI directly: a header and typed cells, one date style. */
    static long bare(int rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = workbook.createSheet("台账");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).label());
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                List<Object> values = row(i);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return rows;
    }

    /** Counts what is written and keeps none of it. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    interface Writer {
        long write(int rows, OutputStream out) throws IOException;
    }

    record Measure(long nanos, long peakHeap, long bytes) {}

    static Measure measure(Writer writer, int rows) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        Counting out = new Counting();
        long start = System.nanoTime();
        writer.write(rows, out);
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measure(nanos, peak, out.bytes);
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.getInteger("banli.benchmark.items", 100_000);
        PrintStream report = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        report.printf(
                "Register to XLSX, %,d rows, max heap %d MB, %d rounds after a warm-up%n",
                rows, Runtime.getRuntime().maxMemory() >> 20, ROUNDS);
        measure(RegisterXlsxBenchmark::banli, 10_000);
        measure(RegisterXlsxBenchmark::bare, 10_000);
        long[] banli = new long[ROUNDS];
        long[] bare = new long[ROUNDS];
        long banliPeak = 0;
        long barePeak = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Alternate the order so neither always runs on a warmer JVM.
            Measure a = round % 2 == 0 ? measure(RegisterXlsxBenchmark::banli, rows) : null;
            Measure b = measure(RegisterXlsxBenchmark::bare, rows);
            if (a == null) {
                a = measure(RegisterXlsxBenchmark::banli, rows);
            }
            banli[round] = a.nanos();
            bare[round] = b.nanos();
            banliPeak = Math.max(banliPeak, a.peakHeap());
            barePeak = Math.max(barePeak, b.peakHeap());
            report.printf(
                    "round %d: Banli %,d ms (%,d bytes), bare POI %,d ms (%,d bytes)%n",
                    round + 1, a.nanos() / 1_000_000, a.bytes(), b.nanos() / 1_000_000, b.bytes());
        }
        Arrays.sort(banli);
        Arrays.sort(bare);
        long banliMedian = banli[ROUNDS / 2];
        long bareMedian = bare[ROUNDS / 2];
        report.printf(
                "median time: Banli %,d ms, bare POI %,d ms, ratio %.2f%n",
                banliMedian / 1_000_000, bareMedian / 1_000_000, (double) banliMedian / bareMedian);
        report.printf(
                "peak heap:   Banli %,d MB, bare POI %,d MB, ratio %.2f%n",
                banliPeak >> 20, barePeak >> 20, (double) banliPeak / barePeak);
    }
}
