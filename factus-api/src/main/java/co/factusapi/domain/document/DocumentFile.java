package co.factusapi.domain.document;

import java.util.Objects;

/** A downloadable representation of a document: the graphic PDF or the UBL XML. */
public record DocumentFile(String fileName, Format format, byte[] content) {
    public enum Format { PDF, XML }

    public DocumentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }
}
