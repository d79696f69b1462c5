#!/usr/bin/env bash
# The README's five-minute walk-through as a script: log in, create an API key, issue an invoice, download its PDF,
# then a debit note on it and a support document.
# Usage: scripts/walkthrough.sh [base-url] [admin-password]   (defaults: http://localhost:8080, $FACTUS_API_ADMIN_PASSWORD)
set -euo pipefail
BASE=${1:-http://localhost:8080}
ADMIN_PASSWORD=${2:-${FACTUS_API_ADMIN_PASSWORD:?set FACTUS_API_ADMIN_PASSWORD or pass it as the second argument}}
OUT=${WALKTHROUGH_DIR:-$(mktemp -d)}
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }

TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | json '["access_token"]')
KEY=$(curl -sf -X POST "$BASE/api/v1/api-keys" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"my-pos"}' | json '["key"]')
REFERENCE="ORDER-$(date +%s%N)"
curl -sf -X POST "$BASE/api/v1/invoices" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d @- > "$OUT/invoice.json" <<JSON
{
  "numbering_range_prefix": "SETP",
  "reference_code": "$REFERENCE",
  "payment_form": "cash",
  "payment_method_code": "cash_payment",
  "customer": {
    "document_type": "CC", "identification": "1137624282", "names": "Juan Pérez",
    "email": "juan@example.com", "municipality_code": "68679",
    "organization_type": "person", "tribute": "ZZ"
  },
  "items": [{
    "code_reference": "CAFE-500", "name": "Café de Santander 500 g", "quantity": 2,
    "price": "11900.00", "tax_rate": "19.00", "unit_measure_code": "94",
    "standard_code": "1", "tribute": "IVA"
  }]
}
JSON
NUMBER=$(json '["number"]' < "$OUT/invoice.json")
echo "Issued invoice $NUMBER (status $(json '["status"]' < "$OUT/invoice.json"), CUFE $(json '["cufe"]' < "$OUT/invoice.json"))"
curl -sf -o "$OUT/$NUMBER.pdf" "$BASE/api/v1/invoices/$NUMBER/pdf" -H "X-API-Key: $KEY"
if command -v pdftotext >/dev/null; then
  pdftotext "$OUT/$NUMBER.pdf" - | grep -q "$NUMBER" || { echo "the PDF does not show $NUMBER" >&2; exit 1; }
  echo "PDF $OUT/$NUMBER.pdf read by pdftotext: it shows $NUMBER"
else
  head -c 5 "$OUT/$NUMBER.pdf" | grep -q '%PDF-' || { echo "not a PDF" >&2; exit 1; }
  echo "PDF saved to $OUT/$NUMBER.pdf (install poppler-utils for pdftotext to read it)"
fi

# 5. A debit note on the invoice (interest charged on top) and 6. a support document for a purchase from a seller
#    who does not invoice.
curl -sf -X POST "$BASE/api/v1/debit-notes" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d @- > "$OUT/debit-note.json" <<JSON
{
  "invoice_number": "$NUMBER", "correction_concept": "interest", "reference_code": "ND-$REFERENCE",
  "items": [{
    "code_reference": "INT-MORA", "name": "Intereses de mora", "quantity": 1,
    "price": "1190.00", "tax_rate": "19.00", "unit_measure_code": "94",
    "standard_code": "1", "tribute": "IVA"
  }]
}
JSON
echo "Issued debit note $(json '["number"]' < "$OUT/debit-note.json") on $NUMBER (status $(json '["status"]' < "$OUT/debit-note.json"))"
curl -sf -X POST "$BASE/api/v1/support-documents" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d @- > "$OUT/support-document.json" <<JSON
{
  "reference_code": "DS-$REFERENCE",
  "provider": {
    "document_type": "NIT", "identification": "900123456", "dv": "8", "names": "Ana Gómez",
    "address": "Vereda El Tablón, San Gil", "email": "ana@example.com",
    "country_code": "CO", "municipality_code": "68679"
  },
  "items": [{
    "code_reference": "CAFE-VERDE", "name": "Café verde (arroba)", "quantity": 2,
    "price": "150000.00", "tax_rate": "0.00", "is_excluded": true, "unit_measure_code": "94",
    "standard_code": "1", "tribute": "IVA"
  }]
}
JSON
echo "Issued support document $(json '["number"]' < "$OUT/support-document.json") (status $(json '["status"]' < "$OUT/support-document.json"), CUDS $(json '["cuds"]' < "$OUT/support-document.json"))"
