/**
 * Words that say "this field wants a one-time code", in many languages, and words that say
 * it wants something else. Matched against lower-cased text; attribute text is first split into
 * words so that `twoFactorToken`, `otp_code` or `_tfa1` match.
 */

/** Strong signals in attribute text split into words (`twoFactorToken` → `two factor token`). */
export const STRONG_ATTR =
  /\botp|\bone ?time|\b2 ?fa\b|\btwo ?fa\b|two ?factor|\b2 ?step|two ?step|\bmfa\b|\btotp|\bhotp|\btfa\b|auth ?code|authenticat|verif\w* ?code|verify ?code|confirm\w* ?code|security ?code|passcode|sms ?code|e ?mail ?code|login ?code|^token$|\botc\b|approvals? ?code|challenge ?response|one ?time ?pass/;

/** Strong signals in human text (labels, placeholders, nearby text), at least 10 languages. */
export const STRONG_TEXT = new RegExp(
  [
    // English
    'one[- ]?time (?:code|pass)',
    '\\botp\\b',
    '2fa',
    'two[- ]?factor',
    '2-step',
    'two[- ]?step',
    'authenticat\\w* (?:code|token)',
    '(?:verification|verify|security|confirmation|login|sign[- ]?in|access|sms|text message|mfa) code',
    // "6-digit code", not "12 digits" (an account number's length).
    '(?:\\b\\d|six|eight)[- ]digit',
    '(?:\\b\\d|six|eight)[- ]character code',
    'check your (?:e-?mail|inbox|phone|messages|texts) for (?:a|the|your) code',
    'authenticator',
    'passcode',
    'time[- ]dependent token',
    '(?:sent|texted|emailed|send) (?:you )?(?:a|the) (?:\\d[- ]digit )?code',
    'enter (?:the|your) (?:\\d[- ]digit )?code',
    'code (?:we|that we) (?:just )?sent',
    // German
    'bestätigungscode',
    'sicherheitscode',
    'verifizierungscode',
    'authentifizierungscode',
    'einmal(?:passwort|code|kennwort)',
    'anmeldecode',
    // French
    "code (?:de |d['’])(?:vérification|verification|sécurité|confirmation|authentification|validation|connexion)",
    'code à usage unique',
    // Spanish / Portuguese
    'c[óo]digo (?:de )?(?:verificaci[óo]n|verifica[çc][ãa]o|seguridad|seguran[çc]a|confirmaci[óo]n|confirma[çc][ãa]o|acceso|acesso|autenticaci[óo]n|autentica[çc][ãa]o)',
    'c[óo]digo de un solo uso',
    // Italian
    'codice (?:di )?(?:verifica|sicurezza|conferma|monouso|otp|autenticazione|accesso)',
    'codice di sicurezza',
    // Dutch
    'verificatiecode',
    'beveiligingscode',
    'bevestigingscode',
    'eenmalige code',
    // Polish
    'kod (?:weryfikacyjny|bezpieczeństwa|jednorazowy|potwierdzający|sms)',
    // Russian / Ukrainian
    'код (?:подтверждения|из смс|безопасности|из sms|підтвердження)',
    'проверочный код',
    'одноразовый (?:код|пароль)',
    'введите код',
    'код из (?:смс|sms|сообщения|письма)',
    'отправили (?:вам )?(?:код|смс|sms)',
    'подтвердите (?:вход|номер|телефон|почту)',
    '(?:смс|sms) с кодом',
    'подтверждение входа',
    'введіть код',
    // Japanese
    '確認コード',
    '認証コード',
    'ワンタイム',
    'セキュリティコード',
    // Chinese
    '验证码',
    '驗證碼',
    '动态码',
    '校验码',
    // Korean
    '인증\\s?(?:번호|코드)',
    '보안\\s?코드',
    '확인\\s?코드',
    // Turkish / Azerbaijani
    'doğrulama kodu',
    'onay kodu',
    'tek kullanımlık',
    'güvenlik kodu',
    'təsdiq\\w* kodu',
    // Swedish / Czech / Arabic
    'verifieringskod',
    'engångskod',
    'säkerhetskod',
    'ověřovací kód',
    'jednorázový kód',
    'رمز التحقق',
  ].join('|'),
);

/** A weak hint: the word "code" or "token" in some language. */
export const WEAK = /code|token|verif|c[óo]digo|codice|kod|код|コード|码|碼|코드|pin code/;

/** Hard negatives on the field itself: never a TOTP, whatever else it says. */
export const HARD_NEGATIVE =
  /recover|backup|back-up|rescue|captcha|visual[ _-]?verif|coupon|promo|voucher|gift|discount|referral|invit|card|cvv|cvc|\bcsc\b|postcode|postal|zip|search|sort ?code|account ?(?:number|no\b)|\biban\b|routing|locator|claim|wiederherstell|récupération|recuperaci|recupero|herstel|восстановл|резерв/;

/**
 * A PIN is chosen by the user, not a one-time code, unless the markup says one-time code or the
 * page around it says it is a verification, two-factor or sign-in code (CODE_CONTEXT).
 */
export const PIN = /\bpins?\b|\bpin ?code|\bpincode/;
export const CODE_CONTEXT =
  /verif|two[- ]?factor|\b2fa\b|2-step|two[- ]?step|one[- ]?time|authenticat|(?:sign[- ]?in|log[- ]?in) code|security check|\bmfa\b/;

/** A label naming another kind of code ("Error code", "Product code", "Area code"): whatever the page asks for, not this. */
export const OTHER_CODE =
  /\b(?:error|product|item|style|colou?r|area|country|dial(?:ing)?|tracking|reference|booking|tax|vat|bank|branch|store|dealer|employee|customer|client|company|course|class|group|event|serial|licen[cs]e|redeem|discount|referral|invitation|member(?:ship)?) ?codes?\b/;

/** A page about a booking or a card's balance: its "confirmation code" is a reference, not a one-time code. */
export const CONTEXT_NEGATIVE =
  /manage (?:your |my )?(?:booking|reservation|trip)|booking reference|reservation (?:number|code)|find (?:your |my )?(?:trip|booking|reservation)|e-?ticket|itinerary|boarding pass|gift ?card|check (?:your )?balance/;

/** autocomplete tokens of other kinds of data: such a field never takes a code. */
export const OTHER_AUTOCOMPLETE =
  /(?:^|\s)(?:cc-\S+|postal-code|street-address|address-\S+|country(?:-name)?|bday\S*|transaction-\S+|sex|url|photo|organization|given-name|family-name|additional-name|current-password)(?:\s|$)/;

/** Negatives in the text around a field (captchas show a picture to copy). */
export const NEARBY_NEGATIVE =
  /captcha|letters (?:shown|in the (?:picture|image))|shown in the (?:picture|image)|type the (?:characters|letters)|recovery code|backup code/;

/** Soft negatives: the field is probably about something else unless strong signals say otherwise. */
export const SOFT_NEGATIVE =
  /e-?mail(?!\w*code)|phone|mobile|user ?name|login ?id|member|last ?name|first ?name|full ?name|address|birth|amount|quantity|password|passwort|contraseña|mot de passe/;
