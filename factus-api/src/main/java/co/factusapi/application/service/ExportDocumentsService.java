package co.factusapi.application.service;

import co.factusapi.application.port.in.ExportDocumentsUseCase;
import co.factusapi.application.port.out.ExportFiles;
import co.factusapi.application.port.out.ExportJobRepository;
import co.factusapi.application.port.out.ExportLedger;
import co.factusapi.application.port.out.InstanceRegistry;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.GoneException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.export.ExportJob;
import co.factusapi.domain.export.ExportedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bulk export of the legal archive (docs/archive.md#export). A request only queues a job; {@link #runNext} (the
 * scheduled runner, on any instance) claims one and streams it: the ledger a page at a time, each document's archived
 * XML and PDF copied into the ZIP one file at a time, the index rows into scratch files appended at the end, so memory
 * stays flat whatever the size. A file not archived (yet) is not fetched from the provider: the index marks it
 * {@code missing} (an export never spends the tenant's upstream allowance). No transaction is open while writing.
 */
public final class ExportDocumentsService implements ExportDocumentsUseCase {
    /** Dates of the range are days in Colombia, where the documents are issued. */
    public static final ZoneId ZONE = ZoneId.of("America/Bogota");
    static final String CSV = "index.csv";
    static final String JSON = "index.json";
    static final String ZIP = "zip";
    /** Expired jobs purged per run; the next run takes the rest. */
    private static final int PURGE_BATCH = 500;
    private static final System.Logger LOG = System.getLogger(ExportDocumentsService.class.getName());
    private static final String CSV_HEADER = "number,kind,status,issue_date,customer_identification,customer_name,"
            + "gross_value,tax_amount,total,unique_code,xml_file,xml_sha256,xml_size,pdf_file,pdf_sha256,pdf_size\n";

    private final ExportJobRepository jobs;
    private final ExportLedger ledger;
    private final ExportFiles files;
    private final LegalArchive archive;
    private final Clock clock;
    private final Settings settings;
    private final InstanceRegistry instances;

    /**
     * @param ttl           how long a finished export is downloadable
     * @param maxDays       the longest range, in days (inclusive)
     * @param pageSize      ledger documents read per query
     * @param progressEvery documents written between two progress updates
     */
    public record Settings(Duration ttl, int maxDays, int pageSize, int progressEvery) {
    }

    public ExportDocumentsService(ExportJobRepository jobs, ExportLedger ledger, ExportFiles files,
                                  LegalArchive archive, InstanceRegistry instances, Clock clock, Settings settings) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.files = files;
        this.archive = archive;
        this.clock = clock;
        this.settings = settings;
        this.instances = instances;
    }

    @Override
    public ExportJob request(String from, String to, List<String> kinds, List<String> statuses, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate start = date("from", from, violations);
        LocalDate end = date("to", to, violations);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                violations.add(new FieldViolation("from", "must not be after to"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > settings.maxDays()) {
                violations.add(new FieldViolation("to", "the range must not be longer than " + settings.maxDays()
                        + " days (factus-api.archive.export-max-days)"));
            }
        }
        Set<DocumentKind> chosenKinds = names("kinds", kinds, DocumentKind.class, EnumSet.allOf(DocumentKind.class),
                violations);
        Set<DocumentStatus> chosenStatuses = names("statuses", statuses, DocumentStatus.class,
                EnumSet.of(DocumentStatus.ISSUED), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        ExportJob job = ExportJob.queued(UUID.randomUUID(), ActingTenant.id(), start, end, chosenKinds,
                chosenStatuses, actor, clock.instant(), settings.ttl());
        jobs.insert(job);
        return job;
    }

    @Override
    public List<ExportJob> list() {
        return jobs.list(ActingTenant.id(), 100);
    }

    @Override
    public ExportJob get(UUID id) {
        return jobs.find(ActingTenant.id(), id).orElseThrow(() -> new NotFoundException("There is no export " + id + "."));
    }

    @Override
    public Download download(UUID id) {
        ExportJob job = get(id);
        if (job.expired(clock.instant())) {
            throw new GoneException("export-expired", "Export " + id + " expired at " + job.expiresAt()
                    + "; request a new one.");
        }
        if (job.state() != ExportJob.State.DONE) {
            throw new ConflictException("export-not-ready", "Export " + id + " is " + job.state()
                    + ", not DONE; its file cannot be downloaded.");
        }
        ExportFiles.Published published = files.published(job.tenantId(), id).orElseThrow(() -> new GoneException(
                "export-file-gone", "The file of export " + id + " is no longer available; request a new one."));
        return new Download(fileName(job), published.size(), published.content());
    }

    /**
     * The oldest queued job, else a job still RUNNING for an instance that is gone, or for this one after a turn that
     * failed before it could record it (taken over and run again from the start); each claimed with a conditional
     * update, so one instance runs a given job. One turn at a time in an instance (synchronized): a RUNNING job of
     * this instance is never one in progress.
     */
    @Override
    public synchronized boolean runNext() {
        String self = instances.self();
        Optional<ExportJob> claimed = jobs.claimNext(self, clock.instant());
        if (claimed.isEmpty()) {
            claimed = jobs.running().stream()
                    // Also this instance's own: its runner is single and idle here, so a RUNNING job it owns was left
                    // by a turn that failed before it could record the failure (the database away, say).
                    .filter(job -> job.owner() != null && (job.owner().equals(self) || !instances.alive(job.owner())))
                    .map(job -> jobs.takeOver(job.id(), job.owner(), self, clock.instant()))
                    .flatMap(Optional::stream).findFirst();
        }
        claimed.ifPresent(job -> ActingTenant.run(job.tenantId(), () -> run(job)));
        return claimed.isPresent();
    }

    @Override
    public int purgeExpired() {
        Instant now = clock.instant();
        List<ExportJob> expired = jobs.expiredUnpurged(now, PURGE_BATCH);
        for (ExportJob job : expired) {
            files.discard(job.tenantId(), job.id());
            jobs.purged(job.id(), now);
        }
        return expired.size();
    }

    private void run(ExportJob job) {
        try {
            ExportLedger.Criteria criteria = new ExportLedger.Criteria(job.from().atStartOfDay(ZONE).toInstant(),
                    job.to().plusDays(1).atStartOfDay(ZONE).toInstant(), job.kinds(), job.statuses());
            int total = (int) ledger.count(job.tenantId(), criteria);
            jobs.progress(job.id(), 0, total);
            int done = write(job, criteria, total);
            long size = files.publish(job.tenantId(), job.id());
            Instant now = clock.instant();
            jobs.finish(job.id(), done, size, now, now.plus(settings.ttl()));
            LOG.log(System.Logger.Level.INFO, "Export " + job.id() + " done: " + done + " documents, " + size + " bytes");
        } catch (RuntimeException | IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Export " + job.id() + " failed: " + e.getClass().getSimpleName());
            jobs.fail(job.id(), e.getClass().getSimpleName(), clock.instant());
            files.delete(job.tenantId(), job.id(), ZIP);
        } finally {
            files.delete(job.tenantId(), job.id(), CSV);
            files.delete(job.tenantId(), job.id(), JSON);
        }
    }

    private int write(ExportJob job, ExportLedger.Criteria criteria, int total) throws IOException {
        int done = 0;
        try (ZipOutputStream zip = new ZipOutputStream(files.create(job.tenantId(), job.id(), ZIP));
             Writer csv = writer(files.create(job.tenantId(), job.id(), CSV));
             Writer json = writer(files.create(job.tenantId(), job.id(), JSON))) {
            csv.write(CSV_HEADER);
            json.write("[");
            List<ExportedDocument> page = ledger.page(job.tenantId(), criteria, null, settings.pageSize());
            while (!page.isEmpty()) {
                for (ExportedDocument document : page) {
                    List<Entry> entries = new ArrayList<>(2);
                    for (DocumentFile.Format format : List.of(DocumentFile.Format.XML, DocumentFile.Format.PDF)) {
                        entries.add(copy(zip, document, format));
                    }
                    csv.write(csvRow(document, entries));
                    json.write((done == 0 ? "\n" : ",\n") + jsonRow(document, entries));
                    done++;
                    if (done % settings.progressEvery() == 0) {
                        jobs.progress(job.id(), done, Math.max(total, done));
                    }
                }
                page = page.size() < settings.pageSize() ? List.of()
                        : ledger.page(job.tenantId(), criteria, page.getLast().id(), settings.pageSize());
            }
            json.write("\n]\n");
            csv.flush();
            json.flush();
            csv.close();
            json.close();
            append(zip, job, CSV);
            append(zip, job, JSON);
        }
        return done;
    }

    /** One archived file into the ZIP, or {@code missing}. The bytes are the archive's, checked against its hash. */
    private Entry copy(ZipOutputStream zip, ExportedDocument document, DocumentFile.Format format) throws IOException {
        if (document.number() == null) {
            return Entry.MISSING;
        }
        ArchiveKey key = new ArchiveKey(document.tenantId(), document.kind(), document.number(), format);
        Optional<DocumentFile> file = archive.archived(key);
        if (file.isEmpty()) {
            return Entry.MISSING;
        }
        byte[] content = file.get().content();
        String name = document.kind().name().toLowerCase(Locale.ROOT) + "/" + safe(document.number()) + "."
                + format.name().toLowerCase(Locale.ROOT);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        return new Entry(name, ArchivedFile.sha256(content), content.length);
    }

    private void append(ZipOutputStream zip, ExportJob job, String part) throws IOException {
        zip.putNextEntry(new ZipEntry(part));
        try (InputStream in = files.open(job.tenantId(), job.id(), part)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    static String fileName(ExportJob job) {
        return "export-" + job.from() + "-" + job.to() + "-" + job.id() + ".zip";
    }

    private static String csvRow(ExportedDocument d, List<Entry> entries) {
        List<String> cells = new ArrayList<>(List.of(nullToEmpty(d.number()),
                d.kind().name().toLowerCase(Locale.ROOT), d.status().name(), issueDate(d),
                nullToEmpty(d.partyIdentification()), nullToEmpty(d.partyName()), amount(d.grossValue()),
                amount(d.taxAmount()), amount(d.total()), nullToEmpty(d.uniqueCode())));
        for (Entry entry : entries) {
            cells.add(entry.file());
            cells.add(entry.sha256());
            cells.add(entry.size() < 0 ? "" : Long.toString(entry.size()));
        }
        return cells.stream().map(ExportDocumentsService::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    private static String jsonRow(ExportedDocument d, List<Entry> entries) {
        return "{\"number\":" + jsonString(d.number()) + ",\"kind\":" + jsonString(d.kind().name()
                .toLowerCase(Locale.ROOT)) + ",\"status\":" + jsonString(d.status().name()) + ",\"issue_date\":"
                + jsonString(issueDate(d).isEmpty() ? null : issueDate(d)) + ",\"customer_identification\":"
                + jsonString(d.partyIdentification()) + ",\"customer_name\":" + jsonString(d.partyName())
                + ",\"gross_value\":" + jsonNumber(d.grossValue()) + ",\"tax_amount\":" + jsonNumber(d.taxAmount())
                + ",\"total\":" + jsonNumber(d.total()) + ",\"unique_code\":" + jsonString(d.uniqueCode())
                + ",\"xml\":" + entries.get(0).json() + ",\"pdf\":" + entries.get(1).json() + "}";
    }

    private static String issueDate(ExportedDocument d) {
        return d.issuedAt() == null ? "" : LocalDate.ofInstant(d.issuedAt(), ZONE).toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String jsonNumber(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String safe(String number) {
        return number.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** RFC 4180, and a leading =, +, - or @ neutralised so a spreadsheet never runs a cell as a formula. */
    static String csvCell(String value) {
        String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static String jsonString(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static LocalDate date(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required (a date, yyyy-MM-dd)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date, yyyy-MM-dd"));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> names(String field, List<String> values, Class<E> type, Set<E> defaults,
                                                    List<FieldViolation> violations) {
        if (values == null || values.isEmpty()) {
            return defaults;
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            Optional<E> known = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
            if (known.isPresent()) {
                chosen.add(known.get());
            } else {
                violations.add(new FieldViolation(field + "[" + i + "]", "is unknown; the known ones are "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
            }
        }
        return chosen;
    }

    /** A file in the ZIP: its name, SHA-256 and size; or missing (not archived). */
    private record Entry(String file, String sha256, long size) {
        static final Entry MISSING = new Entry("missing", "missing", -1);

        String json() {
            return this == MISSING ? "\"missing\"" : "{\"file\":" + jsonString(file) + ",\"sha256\":\"" + sha256
                    + "\",\"size\":" + size + "}";
        }
    }
}
