"""Questions asking for advice or a prediction, which no passage can answer.

The corpus records what courts and bodies decided and what reports documented. "Will the
CCF delete my client's notice?", "how likely is it that the Court will stop his removal?",
"should we file with the CCF first?", "which country is safest to flee to?" ask what will
happen or what to do: a quoted precedent close to the facts is no answer to them, and
quoting one as if it were is the confident guess a lawyer must never get. Such questions
abstain, saying why, and show the nearest passages, the precedents a lawyer would read.

A question about what a court *held* would happen ("Did the Court find that he would face
torture?") or what a rule says should be done ("what should the requesting state
provide?") is not one: the cues are a prediction asked of us (a question opening with
"will", a likelihood, chances), advice asked for ("what do you advise", "should we…"),
or a superlative choice ("the safest country"), in the question languages.
"""

from __future__ import annotations

import re

_ADVICE = re.compile(
    # English: a prediction, a likelihood, an opinion, advice, a best choice
    r"(?:^|[.?!,]\s+)will (?:the|a|an|my|our|his|her|their|he|she|they|it|we|i|china|interpol)\b|"
    r"\bhow (?:likely|probable)\b|\b(?:is|are) (?:it|he|she|they|my client|our client|the client) (?:\w+ )?likely\b|"
    r"\b(?:what|which) are (?:the|his|her|my|our|their) (?:chances|odds)\b|\b(?:chances|odds) (?:of|that)\b|"
    r"\bwhat (?:will|would) happen\b|\bdo you think\b|\bin your (?:view|opinion)\b|"
    r"\bshould (?:we|i|my client|our client)\b|(?:^|[.?!,;:]\s+)should (?:he|she|they|the client)\b|"
    r"\b(?:will|would|could|can) (?:we|i|he|she|they|my client|our client) (?:win|succeed|prevail)\b|"
    r"\b(?:better|best|greater|higher|good|fair|real) chances?\b|\b(?:de )?(?:bonnes|réelles) chances\b|"
    r"\b(?:buone|alte|reali|concrete) (?:possibilità|probabilità|chance)\b|\b(?:buenas|altas|reales) (?:posibilidades|probabilidades|opciones)\b|\bmeilleures? chances?\b|\b(?:maggiori|migliori) (?:possibilità|probabilità|chance)\b|"
    r"\b(?:mayores|mejores) (?:posibilidades|probabilidades|opciones)\b|\bdaha (?:iyi|yüksek|fazla) şans\w*|\bwhat (?:do|would) you (?:advise|recommend|suggest)\b|"
    r"\b(?:can|could) you advise\b|\bis it (?:better|wiser|safer) to\b|"
    r"\bis it (?:\w+ )?safe\b|\bwhich\b[^?]{0,80}\bis (?:the )?(?:better|stronger|more persuasive|correct) "
    r"(?:law|approach|view|position|reading|interpretation|argument)\b|\bwould [\w ]{1,40}? be (?:a )?safe (?:place|country|destination|jurisdiction)\b|"
    r"\b(?:the )?(?:safest|best|most secure) (?:country|countries|place|places|destination|jurisdiction|option|strategy|way)\b|"
    # French
    r"\bquelles? (?:sont|seraient) (?:les|ses|nos|leurs) chances\b|\bquelles? (?:probabilité|chances)\b|"
    r"\best-il probable\b|\bà votre avis\b|\bqu'en pensez-vous\b|"
    # what a body will do: "la CCF va-t-elle (forcément) supprimer…", "supprimera-t-elle…"
    r"\bva-t-(?:elle|il|on)\s+(?:\w+\s+)?\w+(?:er|ir|re)\b|\b\w+(?:ra|ront)-t-(?:elle|il|on)\b|"
    r"\b(?:devrions-nous|dois-je|devons-nous|faut-il que nous)\b|\bque (?:me |nous )?conseillez-vous\b|"
    r"(?:^|[.?!,;:]\s+)(?:doit|devrait)-(?:il|elle)\b|"
    r"\b(?:allons-nous|vais-je|va-t-on) (?:obtenir|gagner|réussir|l'emporter)\b|\b(?:obtiendrons|gagnerons|réussirons)-nous\b|"
    r"\ble (?:pays|lieu|endroit) le plus sûr\b|\best-il (?:\w+ )?sans (?:risque|danger)\b|"
    # Italian
    r"\b(?:quante|che) probabilità\b|\bquali (?:sono le )?(?:possibilità|probabilità)\b|\bè probabile che\b|"
    r"\b(?:dovremmo|dovrei)\b|(?:^|[.?!,;:]\s+)dovrebbe\b|\b(?:ci|mi|gli) conviene\b|\bcosa (?:ci |mi )?consiglia\b|"
    r"\ba suo (?:avviso|parere)\b|\bè (?:\w+ )?sicuro (?:per|che|tornare|restare|rimanere|viaggiare)\b|\bsecondo (?:lei|te)\b|\bil (?:paese|posto|luogo) più sicuro\b|"
    r"\b(?:cancellerà|concederà|respingerà|estraderà)\b|\b(?:riusciremo|otterremo|vinceremo|riuscirà)\b|"
    # Spanish
    r"\bqué (?:probabilidad(?:es)?|posibilidades)\b|\bes probable que\b|\b(?:deberíamos|debemos)\b|"
    r"(?:^|[.?!,;:]\s+)¿(?:debe|debería)\b|"
    r"\b(?:le|me|nos|les) conviene\b|\bes (?:\w+ )?seguro (?:para|que|viajar|volver|quedarse)\b|"
    r"\bqué (?:nos |me )?(?:aconseja|recomienda)\b|\ben su opinión\b|\bel (?:país|lugar) más seguro\b|"
    r"\b(?:borrará|eliminará|concederá|denegará|extraditará)\b|"
    # … and what we will achieve: "¿vamos a conseguir que la borren?"
    r"\b(?:vamos|voy) a (?:conseguir|lograr|ganar|obtener)\b|\b(?:conseguiremos|lograremos|ganaremos|obtendremos)\b|"
    # Turkish: a future-tense question, a likelihood, an opinion, advice, the safest
    r"\b\w+(?:ecek|acak) mi(?:dir|yiz|sin)?\b|\b(?:ihtimal|olasılı[kğ]|şans)\w*\b|\bsizce\b|"
    # … and what we (or I) will achieve or may do: "davayı kazanır mıyız?", "başvurabilir miyim?"
    r"\b\w+\s+m[ıiuü]y[ıiuü][zm]\b|"
    r"\bne yapmalı\w*|\bgüvenli mi\w*|\b\w+(?:malı mı|meli mi)\w*|\bne tavsiye\w*|\ben güvenli\b|"
    r"\btavsiyeniz\b|\böneri(?:niz|rsiniz)\b|\bgüvenli (?:bir )?\w+ (?:olur|mu|mudur)\b|"
    # … what we should do ("CCF'ye mi başvuralım, yoksa … mı bekleyelim?"), and what will
    # follow if we (or the client) act: "başvurursak … silecek mi?", "geçerse … teslim eder mi?"
    r"\bm[ıiuü]\s+\w+(?:y?alım|y?elim)\b|\b\w+(?:alım|elim)\s+m[ıiuü]\b|"
    r"\b\w+(?:rsak|rsek)\b[^?]*\bm[ıiuü]\w*\s*\?|\b\w+(?:rsa|rse)\b[^?]*\b\w+(?<!bil)[aeıiuü]r\s+m[ıiuü]\s*\?|"
    # Chinese
    r"可能性有多大|可能性多大|有多大(?:的)?(?:可能|机会|把握)|胜算|概率(?:有)?多大|我们应该|应该怎么(?:做|办)|"
    r"最安全|安全吗|是否安全|建议我们|应(?:该|当)[^？?。]{0,20}吗|(?:能否|能不能|会|可以)(?:确保)?(?:胜诉|赢)|(?:确保|保证)(?:胜诉|成功)|[你您](?:认为|觉得)|会不会|最终会[^？?。]{0,20}吗|会被(?:引渡|遣返|逮捕|删除)吗|"
    # "CCF会删除他的红色通缉令吗？": what a body will do (not 委员会/大会, the body's own name)
    r"(?<![员大协社理议学工商都年体])会(?![议员谈见面])(?:(?!了)[^，,。？?；;]){0,25}吗[？?]",
    re.IGNORECASE,
)


def asks_advice(question: str) -> bool:
    """Whether the question asks for a prediction or for advice rather than for what the
    corpus records."""
    return bool(_ADVICE.search(question))
