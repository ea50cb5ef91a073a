"""Questions asking for a prediction or advice abstain (app/advice.py)."""

from __future__ import annotations

import pytest

from app.advice import asks_advice
from app.assistant import ADVICE_TEXT, Assistant
from app.config import Settings


@pytest.mark.parametrize(
    "question",
    [
        "Will the Italian courts extradite my client to China?",
        "The CCF deleted a similar notice in 2018. Will it delete ours too?",
        "Is my client likely to be extradited from Poland?",
        "What are his chances before the European Court of Human Rights?",
        "Should we ask the CCF to delete the notice before the hearing?",
        "In your opinion, does the French treaty protect him?",
        "Which is the safest country for a Uyghur with a red notice?",
        "After the Bordeaux ruling, will INTERPOL lift the notice?",
        "Is it safe for him to travel to Thailand?",
        "Would Portugal be a safe place for him to settle?",
        "Quelles sont ses chances devant la chambre de l'instruction ?",
        "Devrions-nous saisir la CCF avant l'audience d'extradition ?",
        "Quante probabilità ci sono che la Corte di cassazione annulli l'estradizione?",
        "Secondo lei, la CCF cancellerà l'avviso rosso?",
        "¿Qué probabilidades tiene mi cliente de evitar la extradición?",
        "¿Deberíamos recurrir en amparo antes de acudir a Estrasburgo?",
        "¿Le conviene a mi cliente entregarse?",
        "Müvekkilim Çin'e iade edilecek mi?",
        "Sizce CCF kırmızı bülteni siler mi?",
        "我的当事人会被引渡吗？你认为国际刑警组织会不会删除红色通缉令？",
        "他去哪个国家最安全？",
        "He keeps getting calls from the Fuzhou station. Is it legally safe for him to ignore them?",
        "Which approach to PRC diplomatic assurances is the better law, New Zealand's or the Czech one?",
        "Est-il juridiquement sans risque pour lui de rentrer en Chine ?",
        "È sicuro per lui tornare in Italia?",
        "¿Es seguro para mi cliente viajar a Tailandia?",
        "Müvekkilim için Tayland güvenli mi?",
        "他现在回国安全吗？",
        "Officials offered to drop the charges if he comes home and testifies. Should he accept the deal?",
        "Amparo first or Strasbourg first: which route gives him the better chance?",
        "Quale strada offre maggiori possibilità al mio cliente?",
        "¿Qué vía ofrece mayores posibilidades a mi cliente?",
        "He has been asked to call at the Milan station to settle his papers. If we sue, will we win?",
        "On l'a convoqué au commissariat chinois de Lyon pour régulariser sa situation. Doit-il y aller ?",
        "L'hanno convocato alla stazione di polizia cinese di Roma. Dovrebbe presentarsi?",
        "Lo han citado en la comisaría china de Madrid. ¿Debe acudir?",
        "Müvekkilim Çin polis merkezine gitmeli mi?",
        "我的当事人应该去那个海外警务站吗？",
        "如果我们在中国法院起诉县政府，能否胜诉？",
        # what we will achieve, in the first person
        "Si presentamos ahora la solicitud ante la CCF, ¿vamos a conseguir que la borren?",
        "Si nous saisissons la CCF maintenant, allons-nous obtenir la suppression de la notice ?",
        "Se presentiamo ora il ricorso alla CCF, riusciremo a farla cancellare?",
        "If we file with the CCF now, will we get the notice deleted?",
        "Anayasa Mahkemesine bireysel başvuru yaparsak davayı kazanır mıyız?",
        "Müvekkilim için CCF'ye şimdi başvurabilir miyim?",
        # a prediction asked as "will or won't", or as good odds
        "依据《中法引渡条约》，法国法院最终会不会同意把他引渡回国？",
        "Se impostiamo il ricorso sul rischio di trattamenti inumani, avremo buone probabilità di vincere?",
        "Avons-nous de bonnes chances d'obtenir un refus d'extradition ?",
        "Do we have a good chance of getting the notice deleted?",
        "参照M.A.等人诉保加利亚案，我们现在向欧洲人权法院申请，能确保胜诉吗？",
        # what a body will do, what we should do first, what follows if we or the client act
        # (the English dev questions' Turkish and Chinese, dev-xl2)
        "如果我们现在提出申请，CCF会删除他的红色通缉令吗？",
        "“中国目标”调查曝光后，国际刑警组织会对中国采取纠正措施吗？",
        "Strateji açısından önce CCF'ye mi başvuralım, yoksa iade mahkemesinin kararını mı bekleyelim?",
        "Şimdi başvurursak CCF onun kırmızı bültenini silecek mi?",
        "Latin Amerika'ya giderken Şarika'dan transit geçerse BAE onu Çin'e teslim eder mi?",
        "Çek Cumhuriyeti onun yerleşmesi için güvenli bir yer olur mu?",
        "Bu durumda tavsiyeniz nedir?",
        "La chambre de l'instruction a émis un avis défavorable : la CCF va-t-elle forcément supprimer la notice ?",
        "La CCF supprimera-t-elle la notice rouge de mon client ?",
    ],
)
def test_a_prediction_or_advice_is_recognised(question: str) -> None:
    assert asks_advice(question)


@pytest.mark.parametrize(
    "question",
    [
        # what a court held would happen, what a rule says should be done, a past likelihood
        "Did the Court find that the applicant would face a real risk of torture in China?",
        "What should the requesting state provide with an extradition request under the treaty?",
        "Why did the Committee consider it likely that she would be detained on return?",
        "What did the Commission decide about the red notice against the applicant?",
        "Quelles garanties la Chine a-t-elle fournies au gouvernement néo-zélandais ?",
        "Per quali motivi la Corte ha ritenuto che l'estradizione violerebbe l'articolo 3?",
        "¿Qué debería examinar la Audiencia Nacional según el Tribunal Constitucional?",
        "Mahkeme başvurucunun Çin'e iadesi hakkında ne karar verdi?",
        "法院认为他回国后是否会遭受酷刑？",
        "Which countries will not arrest on the basis of a red notice alone, according to ICIJ?",
        "Did the Court find that Turkey was a safe third country for the applicants?",
        "Which court held that the assurances were the better guarantee?",
        "Was it safe to return him, according to the Committee?",
        "Under the Convention, should the applicant have been heard before the expulsion order?",
        # a body's name holding 会 (委员会, 大会), a past event, a rule's conditional
        "全体大会通过了新的章程吗？",
        "委员会认定该红色通缉令不符合规则了吗？",
        "Bir üye ülke mülteci statüsünü geri alırsa bülten yeniden eklenebilir mi?",
        "Why did the Court say the assurances should be monitored?",
        "Quelles garanties l'État requérant doit-il fournir selon le traité ?",
        "Según el tratado, ¿qué debe contener la solicitud de extradición?",
        "Did the applicant win before the Constitutional Court?",
        "根据条约，请求国应当提供哪些材料？",
        "¿Qué consiguió la defensa de Cheng Jiun Liu ante el Tribunal Constitucional?",
        "When will the CCF's decision be published, according to its Statute?",
        "Başvurucular AİHM'e başvurduktan sonra Türk vatandaşlığı kazandılar mı?",
        "Quand la chambre de l'instruction a-t-elle rendu son avis ?",
    ],
)
def test_a_question_about_what_was_decided_is_not_advice(question: str) -> None:
    assert not asks_advice(question)


def test_an_advice_question_abstains_with_the_nearest_precedents(bundled_assistant: Assistant) -> None:
    """The nearest passages are those a lawyer would read (the Bulgarian Uyghurs' case),
    but the answer says plainly that the corpus cannot predict."""
    question = (
        "My client is a Uyghur in Bulgaria facing expulsion to China. "
        "How likely is it that Strasbourg will stop his removal?"
    )
    answer = bundled_assistant.ask(question)
    assert answer.abstained
    assert answer.answer == ADVICE_TEXT
    assert answer.citations == []
    assert any("bulgaria" in c.doc_id for c in answer.nearest)


def test_the_advice_check_can_be_turned_off(bundled_settings: Settings) -> None:
    """Off (for comparisons), the same question is answered or abstains on the evidence alone."""
    assistant = Assistant.load(bundled_settings.replace(advice_check=False), build=False)
    answer = assistant.ask(
        "Will the CCF delete a red notice when the requesting country takes no action to extradite?"
    )
    assert answer.answer != ADVICE_TEXT
