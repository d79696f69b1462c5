package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index cells of an export: CSV as RFC 4180 without spreadsheet formulas, JSON strings escaped. */
class ExportIndexCellsTest {

    @Test
    void csvCellsAreQuotedWhenNeededAndNeverAFormula() {
        assertThat(ExportDocumentsService.csvCell("SETP990000001")).isEqualTo("SETP990000001");
        assertThat(ExportDocumentsService.csvCell("Pérez, Ana \"la tienda\"")).isEqualTo("\"Pérez, Ana \"\"la tienda\"\"\"");
        assertThat(ExportDocumentsService.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ExportDocumentsService.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ExportDocumentsService.csvCell("-1190.00")).as("a number stays a number").isEqualTo("-1190.00");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(ExportDocumentsService.jsonString(null)).isEqualTo("null");
        assertThat(ExportDocumentsService.jsonString("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
