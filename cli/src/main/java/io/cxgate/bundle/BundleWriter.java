package io.cxgate.bundle;

import io.cxgate.files.Digests;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cxgate.CxgateException;
import io.cxgate.files.AtomicFiles;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;

/** Writes the files of a staged bundle that cxgate renders itself: the reports and {@code bundle.json}. */
public final class BundleWriter {
    private BundleWriter() {
    }

    /** {@code report.json} and {@code report.md}, rendered from the (already redacted) report, each written whole. */
    public static void writeReports(StagedBundle bundle, Report report) {
        write(bundle, Bundle.REPORT_JSON, report, Format.JSON);
        write(bundle, Bundle.REPORT_MD, report, Format.MARKDOWN);
    }

    /**
     * The digest of each of {@link Bundle#DIGESTED_FILES}, narrowing the secret-bearing ones to owner-only first
     * (terraform writes the planfile with its own mode).
     */
    public static Map<String, String> fileDigests(StagedBundle bundle) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : Bundle.DIGESTED_FILES) {
            try {
                if (Bundle.SECRET_BEARING.contains(name)) {
                    AtomicFiles.setOwnerOnly(bundle.file(name));
                }
                digests.put(name, Digests.ofFile(bundle.file(name)));
            } catch (IOException e) {
                throw new CxgateException("bundle file " + name + ": " + e.getMessage(), e);
            }
        }
        return digests;
    }

    /** {@code bundle.json}, written whole. */
    public static void writeBundleJson(StagedBundle staged, Bundle bundle) {
        AtomicFiles.writeString(staged.file(Bundle.BUNDLE_JSON), bundle.toJson(), false);
    }

    private static void write(StagedBundle bundle, String name, Report report, Format format) {
        StringWriter text = new StringWriter();
        try {
            Renderers.REPORTS.forFormat(format, RenderOptions.PLAIN).render(report, text);
        } catch (IOException e) {
            throw new CxgateException("render " + name + ": " + e.getMessage(), e);
        }
        AtomicFiles.writeString(bundle.file(name), text.toString(), false);
    }
}
