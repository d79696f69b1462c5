package co.factusapi.adapter.in.web.numbering;

import co.factusapi.adapter.in.web.numbering.NumberingRangeBodies.ActivationRequest;
import co.factusapi.adapter.in.web.numbering.NumberingRangeBodies.CreateRangeRequest;
import co.factusapi.adapter.in.web.numbering.NumberingRangeBodies.RangeResponse;
import co.factusapi.adapter.in.web.numbering.NumberingRangeBodies.SoftwareRangeResponse;
import co.factusapi.adapter.in.web.numbering.NumberingRangeBodies.UpdateCurrentRequest;
import co.factusapi.application.port.in.NumberingRangesUseCase;
import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.numbering.RangeFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(value = "/api/v1/numbering-ranges", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Numbering ranges", description = "The DIAN numbering ranges (authorised consecutives) of the account")
public class NumberingRangeController {
    private final NumberingRangesUseCase ranges;

    public NumberingRangeController(NumberingRangesUseCase ranges) {
        this.ranges = ranges;
    }

    @GetMapping
    @Operation(summary = "List ranges (all pages)", description = "Every filter is optional and also accepted as "
            + "filter[name] (e.g. filter[document]=22), as the original Postman collection sent them.")
    @Parameter(name = "id", in = ParameterIn.QUERY, example = "8")
    @Parameter(name = "document", in = ParameterIn.QUERY, description = "Our code or the DIAN code",
            example = "sales_invoice")
    @Parameter(name = "resolution_number", in = ParameterIn.QUERY, example = "18760000001")
    @Parameter(name = "technical_key", in = ParameterIn.QUERY)
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "true, false, 1 or 0", example = "true")
    public List<RangeResponse> list(@Parameter(hidden = true) HttpServletRequest request) {
        return ranges.list(filter(request)).stream().map(RangeResponse::of).toList();
    }

    @GetMapping("/software")
    @Operation(summary = "Ranges DIAN associates with the invoicing software")
    public List<SoftwareRangeResponse> software() {
        return ranges.software().stream().map(SoftwareRangeResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One range")
    public RangeResponse get(@PathVariable long id) {
        return RangeResponse.of(ranges.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a range", description = "The invoice flow sees it at once.")
    public ResponseEntity<RangeResponse> create(@RequestBody CreateRangeRequest body) {
        RangeDocument document = body.document() == null ? null : document(body.document(), "document");
        RangeResponse created = RangeResponse.of(ranges.create(
                new NewNumberingRange(document, body.prefix(), body.current(), body.resolutionNumber())));
        return ResponseEntity.created(URI.create("/api/v1/numbering-ranges/" + created.id())).body(created);
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the range's next consecutive", description = "It must lie within the range.")
    public RangeResponse updateCurrent(@PathVariable long id, @RequestBody UpdateCurrentRequest body) {
        if (body.current() == null) {
            throw InvalidRequestException.of("current", "is required");
        }
        return RangeResponse.of(ranges.updateCurrent(id, body.current()));
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Activate or deactivate a range", description = "An inactive range numbers nothing. Keeping "
            + "one active range per document type lets documents omit the prefix. Needs the tenant on Factus v2 "
            + "(Factus v1 has no such operation: 422 naming `active`).")
    public RangeResponse setActive(@PathVariable long id, @RequestBody ActivationRequest body) {
        if (body.active() == null) {
            throw InvalidRequestException.of("active", "is required");
        }
        return RangeResponse.of(ranges.setActive(id, body.active()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a range")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        ranges.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static RangeFilter filter(HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String id = parameter(request, "id");
        if (id != null && !id.matches("\\d{1,18}")) {
            violations.add(new FieldViolation("id", "must be a number"));
        }
        String document = parameter(request, "document");
        String active = parameter(request, "is_active");
        if (active != null && !active.matches("(?i)true|false|1|0")) {
            violations.add(new FieldViolation("is_active", "must be true, false, 1 or 0"));
        }
        RangeDocument parsedDocument = null;
        try {
            parsedDocument = document == null ? null : document(document, "document");
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new RangeFilter(id == null ? null : Long.valueOf(id), parsedDocument,
                parameter(request, "resolution_number"), parameter(request, "technical_key"),
                active == null ? null : active.equalsIgnoreCase("true") || active.equals("1"));
    }

    /** {@code name} or {@code filter[name]}; blank means not given. */
    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            value = request.getParameter("filter[" + name + "]");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static RangeDocument document(String value, String field) {
        return RangeDocument.parse(value).orElseThrow(() -> InvalidRequestException.of(field,
                "unknown document; accepted: " + String.join(", ", CodeTable.codes(RangeDocument.class))
                        + " or their DIAN codes"));
    }
}
