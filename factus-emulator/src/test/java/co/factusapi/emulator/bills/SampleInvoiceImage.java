package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.DocumentPdf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Regenerates the sample invoice picture in the docs, from the repository root:
 * <pre>
 * ./mvnw -q -pl factus-emulator test-compile exec:java -Dexec.classpathScope=test \
 *     -Demulator.main=co.factusapi.emulator.bills.SampleInvoiceImage
 * </pre>
 * An optional argument ({@code -Dexec.args=out.png}) writes elsewhere.
 */
public final class SampleInvoiceImage {
    static final float DPI = 100;
    private static final String DEFAULT_OUTPUT = "docs/images/emulator-invoice.png";

    private SampleInvoiceImage() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT).toAbsolutePath();
        Files.createDirectories(output.getParent());
        ImageIO.write(render(), "png", output.toFile());
        System.out.println("Wrote " + output);
    }

    static BufferedImage render() throws IOException {
        byte[] pdf = DocumentPdf.render(SampleDocuments.invoice(), SampleDocuments.logoPng());
        return PdfPages.image(pdf, 0, DPI);
    }
}
