package co.factusapi.testsupport;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.UpstreamException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A provider that plays a script of outcomes and records what the pipeline asked of it. */
public final class ScriptedProvider<R extends DocumentRequest> implements DocumentProvider<R> {
    private final Deque<Supplier<ProviderDocument>> script = new ArrayDeque<>();
    public final List<R> sent = new ArrayList<>();
    public final List<String> deleted = new ArrayList<>();
    public Optional<ProviderDocument> held = Optional.empty();
    public int deleteFailures;
    public int lookups;

    public ScriptedProvider<R> onIssue(Supplier<ProviderDocument> outcome) {
        script.add(outcome);
        return this;
    }

    public int issueCalls() {
        return sent.size();
    }

    @Override
    public ProviderDocument issue(R request) {
        sent.add(request);
        if (script.isEmpty()) {
            throw new AssertionError("The provider was not expected to be called (" + request.referenceCode() + ")");
        }
        return script.removeFirst().get();
    }

    @Override
    public Optional<ProviderDocument> findByReference(String referenceCode) {
        lookups++;
        return held;
    }

    @Override
    public void deleteUnvalidated(String referenceCode) {
        if (deleteFailures > 0) {
            deleteFailures--;
            throw UpstreamException.unavailable("down", null, null);
        }
        deleted.add(referenceCode);
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendEmail(String number, String email) {
        throw new UnsupportedOperationException();
    }
}
