package co.factusapi.adapter.in.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** An API key for one machine client; the name says which (a till, a shop, a job). */
@Schema(example = """
        {"name": "my-pos"}""")
public record CreateApiKeyRequest(@Schema(description = "What the key is for, 1-100 characters") String name) {
}
