package co.factusapi.testsupport;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.UpstreamException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** A provider that only serves files, with the bytes {@code content} gives, or is down; it counts its downloads. */
public final class DownloadingProvider<R extends DocumentRequest> implements DocumentProvider<R> {
    private final BiFunction<String, DocumentFile.Format, byte[]> content;
    public int downloads;
    public boolean down;

    public DownloadingProvider(BiFunction<String, DocumentFile.Format, byte[]> content) {
        this.content = content;
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        if (down) {
            throw UpstreamException.unavailable("The provider is down", null, null);
        }
        downloads++;
        return new DocumentFile(number + "." + format.name().toLowerCase(Locale.ROOT), format,
                content.apply(number, format));
    }

    @Override
    public ProviderDocument issue(R request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ProviderDocument> findByReference(String referenceCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteUnvalidated(String referenceCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendEmail(String number, String email) {
        throw new UnsupportedOperationException();
    }
}
