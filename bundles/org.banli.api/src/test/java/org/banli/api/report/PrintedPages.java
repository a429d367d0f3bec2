package org.banli.api.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A document as a clerk prints it: converted to PDF by LibreOffice ({@code soffice --headless
 * --convert-to pdf}, Debian's {@code libreoffice-calc-nogui} and {@code libreoffice-writer-nogui}),
 * then read back page by page. Each conversion runs with its own LibreOffice profile, so it neither
 * touches nor waits for a LibreOffice the developer has open.
 */
public final class PrintedPages {

    /**
     * One printed page: its text line by line, and whether it lies sideways. The lines carry no
     * spaces: PDFBox reads a gap between a Chinese character and a digit as one, which no table
     * cell here has.
     */
    public record Page(List<String> lines, boolean landscape) {

        public String text() {
            return String.join("\n", lines);
        }

        /** Whether {@code text} stands whole on one line of this page. */
        public boolean hasLineContaining(String text) {
            String compact = text.replaceAll("\\s", "");
            return lines.stream().anyMatch(line -> line.contains(compact));
        }
    }

    private PrintedPages() {}

    /** The pages of {@code model} as {@code format} writes it into {@code dir} and LibreOffice prints it. */
    public static List<Page> of(ReportFormat format, ReportModel model, Path dir, String name)
            throws IOException, InterruptedException {
        Path file = dir.resolve(name + "." + format.fileExtension());
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            format.render(model, out);
        }
        return of(file);
    }

    /** The pages of {@code document} (an .xlsx, .docx, … whose name says its type) as LibreOffice prints them. */
    public static List<Page> of(Path document) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("banli-print");
        Path log = work.resolve("soffice.log");
        Process soffice = new ProcessBuilder(
                        soffice(),
                        "-env:UserInstallation=" + work.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work.toString(),
                        document.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            throw new IOException("LibreOffice did not convert " + document + " within 3 minutes");
        }
        String name = document.getFileName().toString();
        Path pdf = work.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (soffice.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IOException(
                    "LibreOffice could not convert " + document + ": " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return read(pdf);
    }

    /** The pages of a PDF, read back with PDFBox. */
    public static List<Page> read(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= printed.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                PDPage page = printed.getPage(p - 1);
                boolean sideways = page.getRotation() % 180 != 0;
                boolean wider =
                        page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                pages.add(new Page(
                        Arrays.stream(stripper.getText(printed).split("\\R"))
                                .map(line -> line.replaceAll("\\s", ""))
                                .filter(line -> !line.isEmpty())
                                .toList(),
                        wider != sideways));
            }
        }
        return pages;
    }

    /**
     * LibreOffice's launcher. Without it the print tests cannot run: they fail and say what to
     * install, unless {@code -Dbanli.print.skip} was given.
     */
    private static String soffice() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        throw new IOException("LibreOffice is not installed: apt-get install libreoffice-calc-nogui"
                + " libreoffice-writer-nogui (or skip the print tests with -Dbanli.print.skip)");
    }

    /** Whether the print tests were asked to stand aside ({@code -Dbanli.print.skip}). */
    public static boolean skipped() {
        return System.getProperty("banli.print.skip") != null;
    }
}
