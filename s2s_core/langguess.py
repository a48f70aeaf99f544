"""A cheap guess whether the text typed is already in the model's *target* language (French typed into an
English → French box by mistake): the model then returns confident-looking nonsense, so the page says why first.

Only common function words count (no dictionary): a sentence is flagged when most of its words are the target
language's and few are English ones. Languages without a word list are never flagged."""
import re
from typing import Optional

_WORDS = {
    "fr": set("je tu il elle nous vous ils elles le la les des du un une est sont et ou mais pas ne que qui quoi "
              "pour avec dans sur chez très bien merci bonjour au aux ce cette ces mon ma mes ton ta tes son sa ses "
              "notre votre leur leurs suis es sommes êtes ai avons avez ont vais va allons allez vont fait "
              "de en à se te lui moi toi y c'est j'ai n'est s'il qu'il d'un d'une l'on plaît où ça voudrais veux "
              "peux aussi toujours".split()),
    "de": set("ich du er sie wir ihr der die das den dem ein eine einen ist sind und oder aber nicht kein mit "
              "für auf bei sehr danke bitte mein meine dein deine sein seine unser haben habe hat bin bist wo "
              "ja nein auch noch schon heute".split()),
}
_ENGLISH = set("the a an is are am was were be i you he she it we they my your his her our their this that "
               "and or but not no to of in on at for with do does did have has had can will would please "
               "where what who how why when".split())
_NAMES = {"fr": "French", "de": "German"}


def _words(text: str) -> list[str]:
    """Lower-case words, apostrophe forms kept whole ("s'il", "c'est") as the word lists hold them."""
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.lower().replace("’", "'"))


def already_target_note(text: str, src_lang: str, tgt_lang: str) -> Optional[str]:
    """A note when ``text`` looks written in the target language rather than the source; None otherwise."""
    listed = _WORDS.get((tgt_lang or "").lower())
    words = _words(text)
    if not listed or (src_lang or "").lower() != "en" or len(words) < 2:
        return None
    hits = sum(w in listed for w in words)
    english = sum(w in _ENGLISH for w in words)
    if hits < 2 or hits < 0.4 * len(words) or english * 2 >= hits:
        return None
    name = _NAMES[tgt_lang.lower()]
    return (f"This text looks like {name} already. The model translates English into {name}, so its output "
            f"below may make little sense; type the English you want in {name}.")


def looks_like(text: str, lang: str) -> bool:
    """Whether ``text`` has at least one of ``lang``'s common words and more of them than of any other listed
    language's: «Nous sommes partis.» looks French, «Wir sind gegangen.» and "▁p10 ▁p11" do not (content_words.py
    checks a translation's words against French only where it is French)."""
    words = _words(text)
    hits = {code: sum(w in listed for w in words) for code, listed in _WORDS.items()}
    return hits.get(lang, 0) > 0 and all(n < hits[lang] for code, n in hits.items() if code != lang)
