package co.factusapi.adapter.in.web.numbering;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.SoftwareRange;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Numbering-range request and response shapes. */
final class NumberingRangeBodies {
    private NumberingRangeBodies() {
    }

    @Schema(name = "NumberingRangeCreate", example = """
            {"document": "credit_note", "prefix": "NC", "current": 1}""")
    record CreateRangeRequest(
            @Schema(description = "Our code (sales_invoice, credit_note, ...) or the DIAN code (21, 22, ...)",
                    example = "credit_note", requiredMode = Schema.RequiredMode.REQUIRED) String document,
            @Schema(example = "NC", requiredMode = Schema.RequiredMode.REQUIRED) String prefix,
            @Schema(description = "The next consecutive to use", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) Long current,
            @Schema(description = "DIAN resolution; required for sales_invoice, support_document, paper_invoice",
                    example = "18760000001") String resolutionNumber) {
    }

    @Schema(name = "NumberingRangeUpdate", example = """
            {"current": 990000100}""")
    record UpdateCurrentRequest(@Schema(description = "The next consecutive to use", example = "990000100",
            requiredMode = Schema.RequiredMode.REQUIRED) Long current) {
    }

    @Schema(name = "NumberingRangeActivation", example = """
            {"active": false}""")
    record ActivationRequest(@Schema(description = "Whether the range numbers documents", example = "false",
            requiredMode = Schema.RequiredMode.REQUIRED) Boolean active) {
    }

    @Schema(name = "NumberingRange")
    record RangeResponse(@Schema(description = "The provider's id, used to update or delete", example = "8") long id,
                         @Schema(example = "sales_invoice") String document,
                         @Schema(description = "DIAN document code", example = "21") String documentCode,
                         @Schema(example = "SETP") String prefix,
                         @Schema(example = "990000000") Long from,
                         @Schema(example = "995000000") Long to,
                         @Schema(description = "The next consecutive to use", example = "990000001") Long current,
                         @Schema(example = "18760000001") String resolutionNumber,
                         LocalDate startDate, LocalDate endDate, String technicalKey,
                         boolean isActive, boolean isExpired) {
        static RangeResponse of(NumberingRange r) {
            return new RangeResponse(r.id(), r.document() == null ? null : r.document().code(),
                    r.document() == null ? null : r.document().dianCode(), r.prefix(), r.from(), r.to(), r.current(),
                    r.resolutionNumber(), r.startDate(), r.endDate(), r.technicalKey(), r.active(), r.expired());
        }
    }

    @Schema(name = "SoftwareNumberingRange")
    record SoftwareRangeResponse(@Schema(example = "18760000001") String resolutionNumber,
                                 @Schema(example = "SETP") String prefix, Long from, Long to,
                                 LocalDate startDate, LocalDate endDate, String technicalKey) {
        static SoftwareRangeResponse of(SoftwareRange r) {
            return new SoftwareRangeResponse(r.resolutionNumber(), r.prefix(), r.from(), r.to(), r.startDate(),
                    r.endDate(), r.technicalKey());
        }
    }
}
