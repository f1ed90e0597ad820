// Word lists for both languages, stored accent-folded and lowercase so that one
// Map lookup per token answers "is this a reporting verb / stopword / …".
// Lists are general vocabulary of news writing, not tied to any article.

import type { ClaimLanguage } from "./types";
import { fold } from "./text-utils";

/** Lists are written with accents for readability and folded here. */
const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(fold));

export interface Lexicon {
  stopwords: Set<string>;
  reportingVerbs: Set<string>;
  /** Reporting verbs whose object is never the speaker ("told reporters", "called the strike …"). */
  preOnlyVerbs: Set<string>;
  /** Words that introduce a source before its name: "segundo X", "according to X". */
  accordingHeads: Set<string>;
  /** Words that end a speaker noun phrase after a post-posed verb ("disse X à CNN"). */
  npStops: Set<string>;
  determiners: Set<string>;
  /** Words inside names that are not capitalised ("Coreia do Norte"). */
  nameConnectors: Set<string>;
  /** Title words: a name after them is preferred over the title. */
  titles: Set<string>;
  pronouns: Set<string>;
  numberWords: Set<string>;
  dateWords: Set<string>;
  comparison: Set<string>;
  causal: Set<string>;
  future: Set<string>;
  /** Backshifted or expected future ("said it would", "deve decidir"): a milder lowering. */
  weakFuture: Set<string>;
  opinion: Set<string>;
  emotive: Set<string>;
  wish: Set<string>;
  vagueSubjects: Set<string>;
  /** Vague quantities ("muito tempo", "a lot"): hard to check. */
  vagueQuantity: Set<string>;
  relatives: Set<string>;
  /** Words that can open a clause but never a speaker noun phrase. */
  nonSubjectStarts: Set<string>;
}

const pt: Lexicon = {
  stopwords: set(`a o as os um uma uns umas de do da dos das em no na nos nas num numa ao aos à às
    por pelo pela pelos pelas para pra com sem sob sobre entre ate desde apos contra e ou mas nem que se
    como quando onde porque pois ja ainda tambem so apenas muito muita muitos muitas mais menos tao
    ser e sao era eram foi foram sera seria estar esta estao estava estavam esteve tem tinha ter teve
    ha havia haver sido estado sendo fazer faz fez isso isto aquilo esse essa este esta aquele aquela
    ele ela eles elas seu sua seus suas lhe lhes nos vos me te meu minha nosso nossa qual quais
    cujo cuja outro outra outros outras todo toda todos todas algum alguma cada mesmo mesma
    deve devem pode podem vai vao neste nesta nesse nessa naquele disso desse dessa deste desta
    the of and`),
  reportingVerbs: set(`diz dizem disse disseram dizia afirma afirmou afirmaram afirmam declarou declara
    declararam informou informa informaram acrescentou acrescenta acrescentaram explicou explica
    destacou destaca ressaltou alertou alerta anunciou anuncia anunciaram relatou relata relataram
    revelou contou confirmou confirma negou nega garantiu admitiu reconheceu argumentou observou
    comentou avaliou apontou aponta escreveu publicou reportou noticiou estimou concluiu enfatizou
    completou respondeu sugeriu advertiu acusou prometeu denunciou defendeu criticou assegurou
    sustentou insistiu lembrou frisou sublinhou pontuou detalhou indicou citou estima avalia calcula calculou
    projeta preve previu ressalta lembra observa revela garante reconhece admite sustenta defende critica
    denuncia acusa explica classificou chamou qualificou`),
  preOnlyVerbs: set(`classificou chamou qualificou`),
  accordingHeads: set(`segundo conforme consoante`),
  npStops: set(`a à às ao aos para em na no nas nos nesta neste nessa nesse numa num durante apos depois
    antes por que quando enquanto ontem hoje anteontem sobre como com segundo citando`),
  determiners: set(`o a os as um uma uns umas este esta esse essa aquele aquela seu sua`),
  nameConnectors: set(`de do da dos das e del di von van bin al la le y`),
  titles: set(`sr sra srta dr dra prof profa presidente presidenta ministro ministra secretario secretaria
    general coronel tenente capitao governador governadora prefeito prefeita deputado deputada senador
    senadora porta-voz diretor diretora embaixador embaixadora chanceler premie primeiro-ministro
    primeira-ministra juiz juiza papa rei rainha principe lider chefe comandante estado aposentado russo
    americano norte-americano brasileiro ucraniano`),
  pronouns: set(`ele ela eles elas eu nos voce voces`),
  numberWords: set(`dois duas tres quatro cinco seis sete oito nove dez onze doze vinte trinta cem cento
    mil milhao milhoes bilhao bilhoes trilhao trilhoes dezena dezenas centena centenas milhar milhares
    metade dobro triplo terco quarto por_cento`),
  dateWords: set(`janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
    segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo ontem anteontem
    semana mes ano decada seculo trimestre semestre`),
  comparison: set(`maior maiores menor menores melhor melhores pior piores recorde mais menos superior inferior
    primeiro primeira ultimo ultima dobrou triplicou`),
  causal: set(`porque devido causou causaram causa provocou provocaram levou resultou resultado consequencia
    gracas razao motivo`),
  future: set(`vai vao ira irao sera serao estara tera terao fara farao podera poderao devera deverao
    superara vamos iremos pode podem poderia poderiam previsao previsoes projecao projecoes`),
  weakFuture: set(`deve devem`),
  opinion: set(`acho acredito acreditamos creio cremos penso pensamos opiniao deveria deveriam devemos precisamos
    parece`),
  emotive: set(`vergonha vergonhoso absurdo absurda incrivel terrivel lamentavel inaceitavel ridiculo
    escandaloso escandalosa maravilhoso horrivel nojento trágico lindo fantastico pessimo`),
  wish: set(`esperamos espero esperam gostariamos gostaria queremos quero desejamos desejo tomara oxala
    sonhamos sonho`),
  vagueSubjects: set(`isso isto aquilo`),
  vagueQuantity: set(`muito muita muitos muitas bastante demais`),
  relatives: set(`que qual quem cujo cuja`),
  nonSubjectStarts: set(`em no na nos nas nesta neste nessa nesse de do da para por com sem apos depois antes
    ontem hoje quando se mas e ou que como ja ainda tambem isso isto enquanto segundo conforme alem
    porem contudo entretanto embora`),
};

const en: Lexicon = {
  stopwords: set(`a an the of to in on at by for with from into onto over under about after before
    between during against and or but nor so if then than that this these those there here it its
    is are was were be been being am has have had do does did done having not no also only just very
    more most less as which who whom whose what when where why how he she they we i you his her their
    our my your them us him me will would can could may might shall should must all any each some
    such other another same own up out off again once de da do`),
  reportingVerbs: set(`said says say told tells stated states added adds reported reports announced
    announces claimed claims noted notes explained explains wrote writes warned warns argued argues
    confirmed confirms denied denies insisted acknowledged admitted estimated testified tweeted posted
    revealed disclosed suggested concluded emphasized emphasised stressed replied responded asserted
    alleged observed remarked commented declared indicated estimates estimated called calls described
    describes urged`),
  preOnlyVerbs: set(`told tells called calls described describes urged`),
  accordingHeads: set(`according`),
  npStops: set(`to on in at during after before that who which when while as last this yesterday today
    earlier later late in a an from for citing about`),
  determiners: set(`the a an this that his her their its our`),
  nameConnectors: set(`de da do dos das van von bin al la le del di of y`),
  titles: set(`mr mrs ms miss dr prof sir lord lady president secretary minister general gen lt lieutenant
    col colonel capt captain sgt governor gov mayor senator sen representative rep ambassador chancellor
    premier judge justice pope king queen prince chief commander director spokesperson spokesman
    spokeswoman state retired former deputy acting prime vice foreign defense defence army`),
  pronouns: set(`he she they we i`),
  numberWords: set(`two three four five six seven eight nine ten eleven twelve twenty thirty hundred
    hundreds thousand thousands million millions billion billions trillion dozen dozens half twice
    double triple percent`),
  dateWords: set(`january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday yesterday week month year decade century
    quarter`),
  comparison: set(`than most least best worst largest biggest highest lowest greatest smallest longest
    fastest deadliest record first last more fewer less larger bigger higher lower doubled tripled`),
  causal: set(`because due caused causes cause led result resulted consequence thanks owing therefore
    triggered sparked`),
  weakFuture: set(`would`),
  future: set(`will won't going might could may forecast forecasts projection projections outlook`),
  opinion: set(`think believe opinion feel should ought seems`),
  emotive: set(`shameful disgrace disgraceful outrageous unacceptable terrible horrible incredible amazing
    ridiculous disgusting awful wonderful fantastic absurd`),
  wish: set(`hope hopes hopefully wish wishes want dream`),
  vagueSubjects: set(`this that it`),
  vagueQuantity: set(`lot lots many much plenty`),
  relatives: set(`who which whom whose that`),
  nonSubjectStarts: set(`in on at of to for with from after before during yesterday today when if but and
    or that as also while although though however meanwhile according since because`),
};

export function lexicon(language: ClaimLanguage): Lexicon {
  return language === "pt" ? pt : en;
}
