package co.factusapi.adapter.out.factus;

import co.factusapi.domain.catalog.Country;
import co.factusapi.domain.catalog.MeasurementUnit;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.catalog.ProductTax;
import co.factusapi.domain.error.InvalidRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference catalogues of Factus v2: published as static tables in its documentation, not served by any
 * endpoint (contract §10.5), so they ship in the jar ({@code factus/v2/*.csv}, from the published JSON). A v2 account
 * reads its lookups from here without one upstream call. The DANE municipality table is clean (1,122 unique codes)
 * and a customer's or establishment's code is checked against it before a document is sent, as v1 checks its
 * catalogue; the unit table is not used to refuse anything: as published it has duplicate and mangled codes, so a
 * unit code it lacks is left for Factus to judge.
 */
final class FactusV2Tables {
    private static final List<Municipality> MUNICIPALITIES = read("municipalities.csv",
            cells -> new Municipality(cells[0], cells[1], cells[3]));
    private static final Set<String> MUNICIPALITY_CODES = MUNICIPALITIES.stream().map(Municipality::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<Country> COUNTRIES = read("countries.csv", cells -> new Country(cells[0], cells[1]));
    private static final List<MeasurementUnit> UNITS = read("unit-measures.csv",
            cells -> new MeasurementUnit(cells[0], cells[1]));
    /** "Códigos de impuestos" of the v2 tables (§11); names as v1's catalogue gives them. */
    private static final List<ProductTax> PRODUCT_TAXES = List.of(
            new ProductTax("01", "IVA", "Impuesto sobre la Ventas"),
            new ProductTax("04", "INC", "Impuesto Nacional al Consumo"),
            new ProductTax("35", "ICUI", "Impuesto a los productos comestibles ultraprocesados industrialmente y/o "
                    + "con alto contenido de azúcares añadidos, sodio o grasas saturadas"));

    private FactusV2Tables() {
    }

    static List<Municipality> municipalities() {
        return MUNICIPALITIES;
    }

    static List<Country> countries() {
        return COUNTRIES;
    }

    static List<MeasurementUnit> measurementUnits() {
        return UNITS;
    }

    static List<ProductTax> productTaxes() {
        return PRODUCT_TAXES;
    }

    /** A 422 naming {@code path} when {@code code} is not a DANE municipality; null (not sent) passes. */
    static void requireMunicipality(String code, String path) {
        if (code != null && !MUNICIPALITY_CODES.contains(code)) {
            throw InvalidRequestException.of(path, "unknown DANE municipality code " + code);
        }
    }

    private static <T> List<T> read(String table, Function<String[], T> row) {
        try (InputStream in = FactusV2Tables.class.getResourceAsStream("/factus/v2/" + table)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks the Factus v2 table " + table);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> row.apply(line.split(";", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
