"""Marshmallow schemas: the result JSON (shared by the CLI and the HTTP API) and the requests.

Serialization only; no extraction logic here.
"""

from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from quotesvc.results import QuoteCategory, QuoteType, Scope, SpeakerKind

Offsets = lambda **kw: fields.List(fields.List(fields.Integer(), validate=validate.Length(equal=2)), **kw)  # noqa: E731


class _Strict(Schema):
    class Meta:
        unknown = RAISE
        ordered = True


class SpeakerSchema(_Strict):
    name = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "resolved canonical name, e.g. 'John Kerry'; null for a pronoun that resolves to "
            "nobody named in the article (the mention stays in text/start/end)"
        },
    )
    text = fields.String(required=True, metadata={"description": "the mention attached to the cue, e.g. 'he'"})
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.Enum(SpeakerKind, by_value=True, required=True)


class SourceSchema(_Strict):
    name = fields.String(required=True, metadata={"description": "the relaying medium, e.g. 'IRNA'"})
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class CueSchema(_Strict):
    text = fields.String(required=True)
    lemma = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    negated = fields.Boolean(
        required=True,
        metadata={
            "description": "the cue is negated ('did not mention', 'never said'): a denial that something"
            " was said or thought. Returned only with options.scope 'attributions'; the default scope"
            " leaves such reported clauses out."
        },
    )


class AddresseeSchema(_Strict):
    name = fields.String(required=True, metadata={"description": "whom the words were addressed to, e.g. 'reporters'"})
    text = fields.String(required=True, metadata={"description": "the mention after the cue, e.g. 'told reporters'"})
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class QuoteSchema(_Strict):
    id = fields.String(required=True)
    type = fields.Enum(QuoteType, by_value=True, required=True)
    category = fields.Enum(
        QuoteCategory,
        by_value=True,
        required=True,
        metadata={
            "description": "statement: speech or writing with propositional content (said that ..., a "
            "quotation); speech_act: praise, blame, demands, labels (accused X of ..., urged Y to ..., "
            "called X a liar, vowed to ...); cognition: belief, intention, emotion (believes that ..., "
            "wants to ..., fears that ...); evidence: polls, studies, documents (a poll showed that ..., "
            "data suggest ...). Only statements are returned unless options.scope is 'attributions'."
        },
    )
    text = fields.String(required=True, metadata={"description": "article[start:end]"})
    start = fields.Integer(required=True, metadata={"description": "offset of the content, quote marks excluded"})
    end = fields.Integer(required=True)
    spans = Offsets(
        required=True,
        metadata={
            "description": "the pieces of a split quote (the attribution between them left out); a quote"
            " over several paragraphs is one piece"
        },
    )
    speaker = fields.Nested(SpeakerSchema, allow_none=True, required=True)
    source = fields.Nested(SourceSchema, allow_none=True, required=True)
    cue = fields.Nested(CueSchema, allow_none=True, required=True)
    addressee = fields.Nested(AddresseeSchema, allow_none=True, required=True)
    confidence = fields.Float(required=True, validate=validate.Range(0, 1))
    paragraph = fields.Integer(required=True)
    sentence = fields.Integer(required=True)
    warnings = fields.List(fields.String())


class SpeakerEntrySchema(_Strict):
    name = fields.String(required=True)
    kind = fields.Enum(SpeakerKind, by_value=True, required=True)
    mentions = Offsets(required=True)
    quote_ids = fields.List(fields.String(), required=True)


class ModelSchema(Schema):
    name = fields.String()
    version = fields.String()
    trained = fields.String()
    checksum = fields.String(metadata={"description": "sha256 over the model's files, as 'sha256:HEX'"})


class ArticleQuotesSchema(_Strict):
    id = fields.String(allow_none=True, required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerEntrySchema), required=True)
    warnings = fields.List(fields.String())
    model = fields.Nested(ModelSchema)


# --------------------------------------------------------------------------- requests


class OptionsSchema(_Strict):
    types = fields.List(
        fields.Enum(QuoteType, by_value=True),
        validate=validate.Length(min=1),
        metadata={"description": "only these quote types (default: all)"},
    )
    min_confidence = fields.Float(
        validate=validate.Range(0, 1), load_default=0.0, metadata={"description": "drop quotes below this confidence"}
    )
    scope = fields.Enum(
        Scope,
        by_value=True,
        load_default=Scope.STATEMENTS,
        metadata={
            "description": "'statements' (default): what people said or wrote; 'attributions': also speech acts, "
            "cognition and evidence, each quote's category saying which"
        },
    )


MAX_ID_CHARS = 256


def valid_id(value: object) -> bool:
    """A document id: a string of at most MAX_ID_CHARS characters that UTF-8 can encode."""
    if not isinstance(value, str) or len(value) > MAX_ID_CHARS:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_id(value: str | None) -> None:
    if value is not None and not valid_id(value):
        raise ValidationError(f"at most {MAX_ID_CHARS} characters, no unpaired surrogates")


def _id_field() -> fields.String:
    return fields.String(
        allow_none=True,
        load_default=None,
        validate=[validate.Length(max=MAX_ID_CHARS), _check_id],
        metadata={"description": f"returned as the result's id (at most {MAX_ID_CHARS} characters)"},
    )


class ExtractRequestSchema(_Strict):
    text = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "the article, plain text; paragraphs separated by newlines"},
    )
    id = _id_field()
    options = fields.Nested(OptionsSchema, load_default=dict)


class BatchDocumentSchema(_Strict):
    id = _id_field()
    text = fields.String(required=True, validate=validate.Length(min=1))
    options = fields.Nested(OptionsSchema, load_default=dict)


class BatchRequestSchema(_Strict):
    # Items are checked one by one in the view, so one bad document gets its own error entry.
    documents = fields.List(
        fields.Raw(allow_none=True),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "[{id, text, options?}, ...]; each item as ExtractRequest"},
    )


class ErrorBodySchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    details = fields.Dict()


class ErrorResponseSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


class BatchItemSchema(ArticleQuotesSchema):
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerEntrySchema))
    error = fields.Nested(ErrorBodySchema)


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True)


class VersionSchema(Schema):
    quotesvc = fields.String(required=True)
    stanza = fields.String(required=True)
    model = fields.Nested(ModelSchema, required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)
    details = fields.Dict()


def dump_result(result) -> dict:
    """An ArticleQuotes as the API's JSON (a dict)."""
    return ArticleQuotesSchema().dump(result)


def document_limits(spec: dict, *, max_chars: int, max_batch: int) -> dict:
    """The OpenAPI spec with the configured limits written into the request schemas
    (requests are loaded with the base schemas and the limits checked by the view, so that going
    over a limit is a 413, as the API promises, not a 422)."""
    schemas = spec.get("components", {}).get("schemas", {})
    schemas["ExtractRequest"]["properties"]["text"]["maxLength"] = max_chars
    schemas["BatchRequest"]["properties"]["documents"]["maxItems"] = max_batch
    schemas.pop("PaginationMetadata", None)  # flask-smorest registers it; no route paginates
    return spec
