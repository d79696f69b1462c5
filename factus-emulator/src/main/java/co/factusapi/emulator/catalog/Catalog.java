package co.factusapi.emulator.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Read-only reference data: the v1 code tables (docs/factus-upstream.md §8, §9) and the shipped municipalities and countries. */
public final class Catalog {
    public static final List<CodeEntry> IDENTIFICATION_DOCUMENTS = List.of(
            new CodeEntry(1, "11", "Registro civil"), new CodeEntry(2, "12", "Tarjeta de identidad"),
            new CodeEntry(3, "13", "Cédula de ciudadanía"), new CodeEntry(4, "21", "Tarjeta de extranjería"),
            new CodeEntry(5, "22", "Cédula de extranjería"), new CodeEntry(6, "31", "NIT"),
            new CodeEntry(7, "41", "Pasaporte"), new CodeEntry(8, "42", "Documento de identificación extranjero"),
            new CodeEntry(9, "47", "PEP"), new CodeEntry(10, "50", "NIT otro país"), new CodeEntry(11, "91", "NUIP"));
    public static final int NIT = 6;
    public static final List<CodeEntry> LEGAL_ORGANIZATIONS = List.of(
            new CodeEntry(1, "1", "Persona Jurídica"), new CodeEntry(2, "2", "Persona Natural"));
    public static final List<CodeEntry> CUSTOMER_TRIBUTES = List.of(
            new CodeEntry(18, "01", "IVA"), new CodeEntry(21, "ZZ", "No aplica"));
    public static final List<CodeEntry> PRODUCT_TRIBUTES = List.of(
            new CodeEntry(1, "01", "IVA"), new CodeEntry(2, "02", "IC"), new CodeEntry(3, "03", "ICA"),
            new CodeEntry(4, "04", "INC"), new CodeEntry(5, "05", "ReteIVA"), new CodeEntry(6, "06", "ReteRenta"),
            new CodeEntry(7, "07", "ReteICA"), new CodeEntry(8, "08", "IC Porcentual"),
            new CodeEntry(9, "20", "FtoHorticultura"), new CodeEntry(10, "21", "Timbre"),
            new CodeEntry(11, "22", "INC Bolsas"), new CodeEntry(12, "23", "INCarbono"),
            new CodeEntry(13, "24", "INCarbono"), new CodeEntry(14, "24", "INCombustibles"),
            new CodeEntry(15, "25", "Sobretasa Combustibles"), new CodeEntry(16, "26", "Sordicom"),
            new CodeEntry(17, "30", "IC Datos"));
    public static final int IVA = 1;
    public static final int ICA = 3;
    public static final int INC = 4;
    public static final List<CodeEntry> STANDARD_CODES = List.of(
            new CodeEntry(1, "999", "Estándar de adopción del contribuyente"), new CodeEntry(2, "001", "UNSPSC"),
            new CodeEntry(3, "020", "Partida Arancelaria"), new CodeEntry(4, "010", "GTIN"));
    public static final List<CodeEntry> MEASUREMENT_UNITS = List.of(
            new CodeEntry(70, "94", "unidad"), new CodeEntry(393, "GRM", "gramo"),
            new CodeEntry(414, "KGM", "kilogramo"), new CodeEntry(433, "HUR", "hora"),
            new CodeEntry(449, "LBR", "libra"), new CodeEntry(455, "MTK", "metro cuadrado"),
            new CodeEntry(477, "LTR", "litro"), new CodeEntry(493, "MTQ", "metro cúbico"),
            new CodeEntry(499, "MLT", "mililitro"), new CodeEntry(512, "MTR", "metro"),
            new CodeEntry(801, "DAY", "día"), new CodeEntry(874, "GLL", "galón"));
    public static final Map<String, String> PAYMENT_METHODS = orderedMap(
            "10", "Efectivo", "42", "Consignación", "20", "Cheque", "47", "Transferencia", "71", "Bonos",
            "72", "Vales", "1", "Medio de pago no definido", "49", "Tarjeta Débito", "48", "Tarjeta Crédito",
            "ZZZ", "Otro");
    public static final Map<String, String> PAYMENT_FORMS = orderedMap("1", "Pago de contado", "2", "Pago a crédito");
    public static final Map<String, String> OPERATION_TYPES = orderedMap(
            "10", "Estándar", "11", "Mandatos", "12", "Transporte");
    public static final Map<String, String> BILL_DOCUMENTS = orderedMap(
            "01", "Factura electrónica de Venta", "03", "Instrumento electrónico de transmisión - tipo 03");
    public static final Map<String, String> RANGE_DOCUMENTS = orderedMap(
            "21", "Factura de Venta", "22", "Nota Crédito", "23", "Nota Débito", "24", "Documento Soporte",
            "25", "Nota de Ajuste Documento Soporte", "26", "Nómina", "27", "Nota de Ajuste Nómina",
            "28", "Nota de eliminación de nómina", "30", "Factura de talonario y de papel");
    public static final Map<String, String> CORRECTION_CONCEPTS = orderedMap(
            "1", "Devolución parcial de los bienes y/o no aceptación parcial del servicio",
            "2", "Anulación de factura electrónica", "3", "Rebaja o descuento parcial o total",
            "4", "Ajuste de precio", "5", "Descuento comercial por pronto pago",
            "6", "Descuento comercial por volumen de ventas");
    public static final Map<String, String> CREDIT_NOTE_CUSTOMIZATIONS = orderedMap(
            "20", "Nota Crédito que referencia una factura electrónica",
            "22", "Nota Crédito sin referencia a facturas");
    /** Support documents and their adjustment notes take only these ids (docs/factus-upstream.md §9.1). */
    public static final Set<Integer> PROVIDER_IDENTIFICATION_DOCUMENTS = Set.of(4, 5, 6, 7, 8, 9, 10);
    /** Reasons for an adjustment note to a support document (§7). */
    public static final Map<String, String> ADJUSTMENT_CONCEPTS = orderedMap(
            "1", "Devolución parcial de los bienes y/o no aceptación parcial del servicio",
            "2", "Anulación del documento soporte en adquisiciones efectuadas a sujetos no obligados a expedir "
                    + "factura de venta o documento equivalente",
            "3", "Rebaja o descuento parcial o total", "4", "Ajuste de precio", "5", "Otros");
    /** Debit-note correction concepts and customizations, v2 (§5). */
    public static final Map<String, String> DEBIT_NOTE_CONCEPTS = orderedMap(
            "1", "Intereses", "2", "Gastos por cobrar", "3", "Cambio del valor", "4", "Otros");
    public static final Map<String, String> DEBIT_NOTE_CUSTOMIZATIONS = orderedMap(
            "30", "Nota Débito que referencia una factura electrónica",
            "32", "Nota Débito sin referencia a una factura electrónica");
    /** v2 item taxes by DIAN code (§13): 01 IVA, 04 INC, 35 ultraprocessed food. */
    public static final Map<String, String> ITEM_TAXES = orderedMap(
            "01", "IVA", "04", "INC", "35", "ICUI");
    /** v2 adds 48 PPT to the identification documents, by DIAN code (§9.1, §13). */
    public static final Map<String, String> IDENTIFICATION_DOCUMENT_CODES = identificationCodes();
    public static final Map<String, String> WITHHOLDING_TAXES = orderedMap(
            "05", "ReteIVA", "06", "ReteRenta", "07", "ReteICA");
    public static final Map<String, String> RADIAN_EVENTS = orderedMap(
            "030", "Acuse de recibo de Factura Electrónica de Venta",
            "031", "Reclamo de la Factura Electrónica de Venta",
            "032", "Recibo del bien y/o prestación del servicio",
            "033", "Aceptación expresa",
            "034", "Aceptación tácita");

    public static final List<Municipality> MUNICIPALITIES = load("municipalities.csv",
            f -> new Municipality(Integer.parseInt(f[0]), f[1], f[2], f[3]));
    public static final List<Country> COUNTRIES = load("countries.csv",
            f -> new Country(Integer.parseInt(f[0]), f[1], f[2]));

    private Catalog() {
    }

    public static CodeEntry byId(List<CodeEntry> table, int id) {
        for (CodeEntry entry : table) {
            if (entry.id() == id) {
                return entry;
            }
        }
        return null;
    }

    /** The Factus id of the row with that DIAN code, or 0 when v1 has none (e.g. v2's new 48 PPT). */
    public static int idByCode(List<CodeEntry> table, String code) {
        for (CodeEntry entry : table) {
            if (entry.code().equals(code)) {
                return entry.id();
            }
        }
        return 0;
    }

    public static CodeEntry byCode(List<CodeEntry> table, String code) {
        for (CodeEntry entry : table) {
            if (entry.code().equals(code)) {
                return entry;
            }
        }
        return null;
    }

    public static Country country(String code) {
        for (Country country : COUNTRIES) {
            if (country.code().equalsIgnoreCase(code)) {
                return country;
            }
        }
        return null;
    }

    public static Municipality municipality(int id) {
        for (Municipality municipality : MUNICIPALITIES) {
            if (municipality.id() == id) {
                return municipality;
            }
        }
        return null;
    }

    public static Municipality municipalityByCode(String daneCode) {
        for (Municipality municipality : MUNICIPALITIES) {
            if (municipality.code().equals(daneCode)) {
                return municipality;
            }
        }
        return null;
    }

    /** Case- and accent-insensitive "contains", like a MySQL LIKE with a general collation. */
    public static boolean nameMatches(String name, String filter) {
        return filter == null || filter.isBlank() || fold(name).contains(fold(filter.trim()));
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> identificationCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        IDENTIFICATION_DOCUMENTS.forEach(entry -> codes.put(entry.code(), entry.name()));
        codes.put("48", "PPT");
        return java.util.Collections.unmodifiableMap(codes);
    }

    private static Map<String, String> orderedMap(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <T> List<T> load(String resource, Function<String[], T> parser) {
        try (InputStream in = Catalog.class.getResourceAsStream("/emulator/" + resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<T> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(parser.apply(line.split(";")));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
