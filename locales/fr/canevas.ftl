# Messages de canevas, en français.
# Chaque message d'un code de règle a un attribut .hint : ce qu'il faut écrire.

## Fin d'exécution

summary = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $errors ->
        [0] aucune erreur
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }{ $suppressed ->
        [0] {""}
        [one] , { $suppressed } signalement désactivé par un commentaire
       *[other] , { $suppressed } signalements désactivés par un commentaire
    }.
statistics-suppressed = Désactivés par un commentaire « # canevas: allow » :
error-io = impossible d'écrire le rapport : { $detail }
error-output-is-input = « { $path } » est un des fichiers à vérifier : canevas n'écrit jamais de rapport par-dessus une proposition. Choisissez un autre nom de fichier pour --output.
config-unreadable = le fichier de configuration ne peut pas être lu : { $detail }
    .hint = Vérifiez le chemin donné à --config.
config-syntax = le fichier de configuration n'est pas du TOML valide : { $detail }
    .hint = Comparez avec l'exemple du README (section « Configuration »).
config-unknown-code = le code de règle « { $code } » n'existe pas.
    .hint = La liste des codes est dans le README ; par exemple CON003 = "off".
config-bad-severity = « { $value } » n'est pas une gravité possible.
    .hint = Écrivez "off", "info", "warning" ou "error".
config-bad-glob = le motif de fichiers « { $value } » n'est pas valide : { $detail }
    .hint = Par exemple "propositions/**/*.yaml" ou "archives/**".
config-bad-range = la fourchette de propositions par axe doit aller du plus petit au plus grand nombre.
    .hint = Par exemple proposals_per_axis = [5, 7].
config-bad-date = « { $value } » n'est pas une date valide.
    .hint = Écrivez la date sous la forme AAAA-MM-JJ ou AAAA-MM, entre guillemets : start = "2025-09-01".
error-missing-path = le chemin « { $path } » n'existe pas. Vérifiez l'orthographe du fichier ou du dossier.

## Titres courts des codes (tableau des règles, étiquettes)

FILE001-title = fichier illisible
YAML001-title = ligne à réécrire
YAML002-title = rubrique écrite deux fois
YAML003-title = le fichier ne contient pas une seule proposition
YAML004-title = fichier trop complexe
SCHEMA001-title = structure non conforme au canevas
CAN001-title = problématique trop courte
CAN002-title = solution trop courte
CAN003-title = le calendrier finit avant de commencer
CAN004-title = étape hors du calendrier
CAN005-title = aucun critère d'évaluation n'a de cible
CAN006-title = texte à compléter laissé tel quel
CAN007-title = étapes dans le désordre
PIL001-title = pilotage non académique
PIL002-title = aucun porteur désigné
CON001-title = moins de 2 étapes
CON002-title = aucune étape ne produit de livrable
CON003-title = solution formulée en verbes vagues
COV001-title = catégories de personnels non couvertes
COV002-title = catégorie de personnels inconnue
COV003-title = action complémentaire pour une catégorie déjà visée
FEA001-title = aucun moyen indiqué
FEA002-title = moyen non mobilisable
FEA003-title = calendrier trop long
FEA004-title = budget sans montant
PLAN001-title = identifiant utilisé deux fois
PLAN002-title = nombre de propositions de l'axe hors de la fourchette
PLAN003-title = thématique transversale absente d'un axe
PLAN004-title = préfixe de l'identifiant différent de l'axe
SUP001-title = autorisation sans raison
SUP002-title = commentaire d'autorisation inutilisable
SUP003-title = autorisation qui ne sert plus

## Fichiers

FILE001 = ce fichier ne peut pas être lu : { $detail }
    .hint = Vérifiez que le fichier existe et que vous avez le droit de le lire.
FILE001-too-large = ce fichier fait { $size } Mo : au-delà de { $limit } Mo, il n'est pas analysé.
    .hint = Une proposition fait quelques kilo-octets ; vérifiez qu'il s'agit bien du bon fichier.
FILE001-not-utf8 = ce fichier n'est pas enregistré en texte UTF-8 (ligne { $line }) : ses lettres accentuées seraient mal lues.
    .hint = Enregistrez-le en « UTF-8 » depuis votre éditeur de texte (menu Enregistrer sous… › Encodage).
FILE001-loop = ce dossier contient un raccourci (lien) qui renvoie vers un de ses dossiers parents : la lecture tournerait en rond ({ $detail }).
    .hint = Supprimez ce raccourci, ou excluez-le dans la section [files] de canevas.toml.
FILE001-internal = canevas a rencontré une erreur interne en lisant ce fichier ; les autres fichiers ont été vérifiés.
    .hint = C'est un défaut de canevas : signalez-le en joignant ce fichier.

## YAML

YAML002 = la rubrique « { $key } » apparaît deux fois (première fois ligne { $line }) ; la seconde effacerait la première.
    .hint = Gardez une seule rubrique « { $key } » et regroupez-y le texte.
YAML002-other-language = la rubrique « { $key } » est la même que « { $first } » (ligne { $line }), écrite dans l'autre langue.
    .hint = Gardez une seule des deux, en français ou en anglais, et regroupez-y le texte.
YAML002-first = première apparition
YAML003-empty = le fichier est vide : il ne contient aucune proposition.
    .hint = Créez une proposition avec « canevas new », ou supprimez ce fichier.
YAML003-not-mapping = le fichier doit contenir une proposition faite de rubriques « nom: valeur » (id, titre, axe…), pas une liste ni un texte seul.
    .hint = Commencez le fichier par « id: », puis « titre: », « axe: »… chacun en début de ligne.
YAML003-multiple = le fichier contient plusieurs propositions, séparées par une ligne « --- » ; il n'en faut qu'une par fichier.
    .hint = Placez chaque proposition dans son propre fichier .yaml.
YAML004 = le fichier est trop compliqué pour être lu : trop de renvois (« & » et « * ») ou trop de niveaux de décalage.
    .hint = Une proposition n'a besoin ni de renvois « & » et « * » ni de plus de quelques niveaux de décalage : réécrivez chaque texte en entier, simplement (« canevas new » donne un modèle).

## Structure (canevas)

SCHEMA001-required-root = il manque la rubrique « { $key } » : { $what }.
    .hint = Ajoutez la rubrique « { $key }: ».{ $fix }
SCHEMA001-required = il manque « { $key } » dans « { $parent } » : { $what }.
    .hint = Ajoutez « { $key }: » sous « { $parent } », en décalant la ligne de deux espaces.
SCHEMA001-unknown-key-suggest = la rubrique « { $key } » n'existe pas dans le canevas. Vouliez-vous écrire « { $suggestion } » ?
    .hint = Remplacez « { $key } » par « { $suggestion } ».
SCHEMA001-unknown-key = la rubrique « { $key } » n'existe pas à cet endroit du canevas.
    .hint = Rubriques possibles ici : { $allowed }.
SCHEMA001-empty = la rubrique « { $key } » est vide.
    .hint = Écrivez son contenu après « { $key }: », ou supprimez la rubrique si elle est facultative.
SCHEMA001-type-text = « { $key } » doit être un texte, pas « { $value } ».
    .hint = Écrivez un texte après « { $key }: », entre guillemets s'il contient « : ».{ $fix }
SCHEMA001-type-integer = « { $key } » doit être un nombre entier, pas « { $value } ».
    .hint = Écrivez le nombre en chiffres, par exemple « { $key }: 2 ».
SCHEMA001-type-number = « { $key } » doit être un nombre, pas « { $value } ».
    .hint = Écrivez le nombre en chiffres, sans unité ni espace : par exemple « { $key }: 12000 ».
SCHEMA001-type-boolean = « { $key } » doit valoir oui ou non, pas « { $value } ».
    .hint = Écrivez « { $key }: oui » ou « { $key }: non ».
SCHEMA001-type-list = « { $key } » doit être une liste.
    .hint = Écrivez un élément par ligne, chacun commençant par « - » sous « { $key }: ».{ $fix }
SCHEMA001-type-object = « { $key } » doit contenir des rubriques « nom: valeur » sur les lignes suivantes.
    .hint = Passez à la ligne après « { $key }: » et décalez chaque rubrique de deux espaces.{ $fix }
SCHEMA001-type-text-or-number = « { $key } » doit être un texte ou un nombre.
    .hint = Par exemple « { $key }: 80 % » ou « { $key }: 50 ».
SCHEMA001-enum-suggest = « { $value } » n'est pas une valeur possible pour « { $key } ». Vouliez-vous écrire « { $suggestion } » ?
    .hint = Valeurs possibles : { $allowed }.
SCHEMA001-enum = « { $value } » n'est pas une valeur possible pour « { $key } ».
    .hint = Valeurs possibles : { $allowed }.
SCHEMA001-date = « { $value } » n'est pas une date au format attendu pour « { $key } ».
    .hint = Écrivez la date sous la forme AAAA-MM-JJ (2025-09-01) ou AAAA-MM pour un mois entier (2025-09).
SCHEMA001-no-such-date = la date « { $value } » de « { $key } » n'existe pas dans le calendrier.
    .hint = Vérifiez le jour et le mois : par exemple, février n'a que 28 jours (29 les années bissextiles).
SCHEMA001-id = l'identifiant « { $value } » contient des caractères non permis.
    .hint = Utilisez seulement des lettres sans accent, des chiffres, et « - », « _ » ou « . » : par exemple A3-02.
SCHEMA001-minimum = « { $key } » vaut { $value }, alors que le minimum est { $limit }.
    .hint = Écrivez un nombre supérieur ou égal à { $limit }.
SCHEMA001-maximum = « { $key } » vaut { $value }, alors que le maximum est { $limit }.
    .hint = Écrivez un nombre inférieur ou égal à { $limit }.
SCHEMA001-other = « { $key } » ne respecte pas le canevas : { $detail }
    .hint = Comparez avec une proposition d'exemple (dossier examples/plan-qvt).

## Ce qu'attend chaque rubrique (utilisé quand elle manque)

field-id = l'identifiant de la proposition, par exemple A3-02 (A, le numéro de l'axe, un tiret, un numéro)
field-title = un titre court
field-axis = le numéro de l'axe du plan, de 1 à 4
field-themes = les thématiques transversales servies
field-status = l'état de la proposition (brouillon, soumise ou retenue)
field-group = le groupe de travail
field-problem = l'énoncé du problème auquel l'action répond
field-solution = l'action proposée, décrite concrètement
field-success_conditions = la liste des conditions de succès, une par ligne commençant par « - »
field-calendar = la période de l'action, avec « debut: » et « fin: » en dessous
field-steps = la liste des étapes
field-piloting = qui porte l'action et à quel niveau, avec « niveau: » et « porteur: » en dessous
field-audience = les catégories de personnels visées, avec « categories: » en dessous
field-complementary_actions = les actions prévues pour les catégories non visées
field-resources = la liste des moyens
field-experimentation = le périmètre et la durée de l'expérimentation
field-evaluation = la liste des critères d'évaluation, chacun avec « critere: », « indicateur: » et « modalite: »
field-start = la date de début, par exemple 2025-09-01
field-end = la date de fin, par exemple 2027-06-30
field-label = le libellé de l'étape
field-due = l'échéance de l'étape
field-deliverable = le livrable de l'étape
field-level = le niveau de pilotage (academique, departemental, etablissement ou national)
field-lead = le service ou la personne qui porte l'action
field-partners = les partenaires
field-categories = la liste des catégories de personnels (ou « tous »)
field-action = l'action prévue pour ces catégories
field-kind = la nature du moyen (humain, budget, materiel, temps, partenariat ou appui)
field-description = la description du moyen
field-amount = le montant en euros
field-mobilisable = « oui » si le moyen peut réellement être mobilisé, sinon « non »
field-scope = le périmètre de l'expérimentation
field-duration_months = la durée de l'expérimentation en mois
field-criterion = le critère d'évaluation
field-indicator = l'indicateur mesuré
field-target = la cible visée
field-method = la modalité d'évaluation (questionnaire, comptage…)

## Canevas

CAN001 = la problématique ne compte que { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } : au moins { $min } sont attendus pour que le problème soit compris.
    .hint = Décrivez le problème constaté : qui est concerné, ce qui se passe, et d'où vient le constat (enquête, remontées, indicateurs).
CAN002 = la solution ne compte que { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } : au moins { $min } sont attendus pour décrire l'action.
    .hint = Décrivez ce qui sera fait, par qui, pour qui et sous quelle forme.
CAN003 = le calendrier finit ({ $end }) avant de commencer ({ $start }).
    .hint = Vérifiez les dates : « fin » doit être postérieure à « debut ».
CAN003-start = début du calendrier
CAN004 = l'étape « { $label } » ({ $due }) tombe en dehors du calendrier de l'action ({ $start } – { $end }).
    .hint = Déplacez l'échéance de l'étape dans la période, ou élargissez le calendrier.
CAN005 = aucun critère d'évaluation n'a de cible : on ne pourra pas dire si l'action a réussi.
    .hint = Ajoutez « cible: » à au moins un critère, par exemple « cible: 80 % des nouveaux arrivants accueillis ».
CAN006 = le texte à compléter « { $placeholder } » du modèle est resté tel quel.
    .hint = Remplacez-le par le contenu réel de la proposition.
CAN007 = l'étape « { $label } » est datée avant l'étape précédente « { $previous } ».
    .hint = Rangez les étapes dans l'ordre chronologique, ou corrigez leurs échéances.

## Précondition 1 : pilotage académique

PIL001 = le niveau de pilotage « { $level } » ne permet pas un portage académique : le plan ne retient que des actions pilotées au niveau de l'académie.
    .hint = Si l'action est réellement pilotée par l'académie (un service académique la porte, avec les moyens de l'académie), écrivez « niveau: academique » et nommez ce service sous « porteur: » ; si elle ne dépend que d'une décision nationale, proposez plutôt ce que l'académie peut faire elle-même : relayer, informer, expérimenter.
PIL001-school = le niveau « { $level } » est celui d'une école ou d'un établissement : il ne permet pas un portage académique, et le plan ne retient que des actions pilotées au niveau de l'académie.
    .hint = Si l'action part d'un établissement, proposez son pilotage par un service académique (« niveau: academique ») et son essaimage.
PIL001-departmental = le niveau « { $level } » est celui d'un département : il reste possible, mais le plan attend un pilotage académique.
    .hint = Si l'action est réellement pilotée par l'académie, écrivez « niveau: academique » et nommez sous « porteur: » le service académique qui la porte ; sinon, décrivez dans la solution comment l'académie coordonne les départements.
PIL002 = le porteur « { $lead } » ne désigne personne : l'action doit avoir un porteur identifié.
    .hint = Écrivez sous « pilotage: » le service ou la fonction qui porte l'action, par exemple « porteur: DRH – bureau de la QVT ».
PIL002-missing = aucun porteur n'est indiqué : l'action doit avoir un porteur identifié.
    .hint = Ajoutez sous « pilotage: » une ligne « porteur: » avec le service ou la fonction qui porte l'action.

## Précondition 2 : caractère concret

CON001 = { $count ->
        [0] aucune étape n'est prévue
        [one] une seule étape est prévue
       *[other] seulement { $count } étapes sont prévues
    } : au moins { $min } sont attendues pour que l'action soit concrète.
    .hint = Ajoutez sous « etapes: » les étapes de l'action, chacune avec « libelle: », « echeance: » et si possible « livrable: ».
CON002 = aucune étape ne produit de livrable : l'action doit produire des éléments de protocole.
    .hint = Indiquez pour au moins une étape ce qu'elle produit, avec « livrable: » (guide, charte, fiche, protocole, bilan…).
CON003 = la solution ne s'appuie que sur { $count ->
        [one] un verbe vague
       *[other] des verbes vagues
    } ({ $verbs }) et ne dit pas ce qui sera fait concrètement.
    .hint = Dites ce que l'action produira, avec un verbe d'action comme : { $examples } (par exemple « créer un guide », « un référent est désigné dans chaque département »).

## Précondition 3 : couverture des catégories de personnels

COV001 = { $count ->
        [one] une catégorie de personnels n'est ni visée ni couverte
       *[other] { $count } catégories de personnels ne sont ni visées ni couvertes
    } par une action complémentaire : { $categories }.
    .hint = Si l'action concerne réellement tous les personnels, ajoutez sous « public: categories: » les catégories manquantes ({ $ids }) ; sinon, proposez pour elles une action nouvelle sous « actions_complementaires: ».{ $fix }
COV002-suggest = la catégorie « { $category } » n'existe pas. Vouliez-vous écrire « { $suggestion } » ?
    .hint = Remplacez « { $category } » par « { $suggestion } ».
COV002 = la catégorie « { $category } » n'existe pas.
    .hint = Catégories possibles : { $allowed }, ou « tous ».
COV003 = l'action complémentaire vise « { $category } », catégorie déjà visée par la proposition.
    .hint = Une action complémentaire sert les catégories non visées : retirez « { $category } » de sa liste.

## Précondition 4 : faisabilité

FEA001 = aucun moyen n'est indiqué : l'action doit pouvoir s'appuyer sur des moyens réellement mobilisables.
    .hint = Ajoutez sous « moyens: » au moins un moyen, avec « nature: », « description: » et « mobilisable: oui ».
FEA002 = le moyen « { $description } » n'est pas mobilisable : l'action doit reposer sur des moyens disponibles.
    .hint = Remplacez ce moyen par un moyen disponible, ou précisez comment il le deviendra puis écrivez « mobilisable: oui ».
FEA003 = le calendrier couvre { $months } mois, au-delà de l'horizon du plan ({ $horizon } mois).
    .hint = Raccourcissez la période, ou découpez l'action en une première phase qui tient dans l'horizon du plan.
FEA003-period = le calendrier sort de la période du plan ({ $start } – { $end }).
    .hint = Faites tenir l'action dans la période du plan, ou proposez-la pour le plan suivant.
FEA004 = le budget « { $description } » n'a pas de montant.
    .hint = Ajoutez « montant: » avec la somme en euros, en chiffres (par exemple « montant: 5000 »).

## Le plan dans son ensemble

PLAN001 = l'identifiant « { $id } » est déjà utilisé par { $other }.
    .hint = Chaque proposition doit avoir un identifiant unique : choisissez le prochain numéro libre de l'axe.
PLAN001-first = première utilisation de « { $id } »
PLAN002 = l'axe { $axis } compte { $count } { $count ->
        [one] proposition
       *[other] propositions
    }, alors que le plan en attend de { $min } à { $max }.
    .hint = Ajoutez ou regroupez des propositions de cet axe.
PLAN003 = aucune proposition de l'axe { $axis } ne sert la thématique transversale « { $theme } ».
    .hint = Ajoutez cette thématique sous « thematiques: » d'une proposition de l'axe qui la sert.
PLAN004 = l'identifiant « { $id } » annonce l'axe { $prefix }, mais la proposition indique l'axe { $axis }.
    .hint = Corrigez « axe: » ou renommez l'identifiant en A{ $axis }-….
theme-internal-communication = communication interne
theme-work-organisation = organisation du travail

## Commentaires d'autorisation (# canevas: allow CODE -- raison)

SUP001 = ce commentaire « # canevas: allow » ne donne pas de raison.
    .hint = Ajoutez la raison après deux tirets : # canevas: allow CON003 -- la démarche est volontairement exploratoire. Les relecteurs doivent voir pourquoi une condition préalable est levée.
SUP002-unknown = « { $code } » n'est pas un code de règle de canevas.
    .hint = Écrivez le code tel que le rapport l'affiche, par exemple CON003.
SUP002-unknown-close = « { $code } » n'est pas un code de règle de canevas : vouliez-vous écrire { $suggestion } ?
    .hint = Écrivez le code tel que le rapport l'affiche : { $suggestion }.
SUP002-not-silenceable = { $code } ne peut pas être désactivé par un commentaire dans une proposition.
    .hint = Un fichier illisible ou un décompte sur l'ensemble du plan ne se lève pas fichier par fichier : corrigez le fichier, ou réglez la gravité de la règle dans la section [rules] de canevas.toml.
SUP002-syntax = ce commentaire commence par « canevas: » mais n'est pas une autorisation que l'outil sait lire.
    .hint = Écrivez : # canevas: allow CODE -- raison (par exemple : # canevas: allow CON003 -- la démarche est volontairement exploratoire).
SUP002-no-code = cette autorisation ne nomme aucun code de règle.
    .hint = Après « allow », nommez les codes à désactiver, séparés par des virgules : # canevas: allow CON003, FEA004 -- raison.
SUP002-misplaced = cette autorisation n'est suivie d'aucune rubrique : elle ne désactive rien.
    .hint = Placez-la sur la ligne juste au-dessus de la rubrique concernée, ou en haut du fichier avant la première rubrique pour tout le fichier.
SUP003 = { $code } est autorisé ici, mais aucun signalement { $code } n'a été trouvé.
    .hint = Retirez { $code } de ce commentaire : la proposition respecte maintenant la règle.

## Familles de règles : ce que vérifie chaque groupe (descriptions des règles en SARIF)

family-files = fichiers
family-files-checks = Ces règles vérifient que le fichier peut être lu : il existe, il est en texte UTF-8 et ne dépasse pas la taille permise.
family-yaml = YAML
family-yaml-checks = Ces règles vérifient que le fichier est écrit correctement en YAML (le format de texte des propositions) et contient une seule proposition, sans rubrique écrite deux fois.
family-structure = structure
family-structure-checks = Ces règles vérifient que la proposition suit la structure du canevas : clés obligatoires, types et valeurs permises.
family-canvas = canevas
family-canvas-checks = Ces règles vérifient les parties du canevas : problématique, action-solution proposée, calendrier, étapes et critères d'évaluation.
family-piloting = précondition 1 : pilotage académique
family-piloting-checks = Ces règles vérifient la précondition 1 : l'action peut être portée et pilotée au niveau académique.
family-concreteness = précondition 2 : caractère concret
family-concreteness-checks = Ces règles vérifient la précondition 2 : l'action est concrète et produit des étapes et des éléments de protocole.
family-coverage = précondition 3 : couverture des catégories de personnels
family-coverage-checks = Ces règles vérifient la précondition 3 : l'action vise toutes les catégories de personnels, ou des actions complémentaires sont proposées pour les autres.
family-feasibility = précondition 4 : faisabilité
family-feasibility-checks = Ces règles vérifient la précondition 4 : l'action peut être réalisée ou expérimentée dans un délai et avec des moyens réellement mobilisables.
family-plan = le plan dans son ensemble
family-plan-checks = Ces règles vérifient les propositions ensemble : identifiants uniques, nombre de propositions par axe, thématiques transversales.
rule-full-description = { $title } (famille de règles : { $family }).
junit-hint = Conseil : { $hint }
family-suppressions = commentaires d'autorisation
family-suppressions-checks = Ces règles vérifient les commentaires « # canevas: allow » qui désactivent une règle : chacun doit nommer des codes existants, donner sa raison et servir encore.

## Rédiger une proposition : explain, rules, schema, new

rules-severity-error = erreur
rules-severity-warning = avertissement
rules-severity-info = information
rules-checks = Ce qu'elle vérifie
rules-explain-hint = Pour le détail d'une règle et un exemple : canevas explain CODE (par exemple canevas explain CON003).
explain-unknown-code = « { $code } » n'est pas un code de règle. La liste des codes s'affiche avec : canevas rules
explain-unknown-code-suggestion = « { $code } » n'est pas un code de règle. Vouliez-vous écrire « { $suggestion } » ? Essayez : canevas explain { $suggestion }
explain-missing = la règle { $code } n'a pas de documentation dans cette langue. C'est une erreur de canevas : merci de la signaler.
schema-title = Proposition d'action du plan académique QVT
schema-description = Une proposition d'action, avec les noms de rubriques en français (canevas accepte aussi les noms anglais).
explain-family = Famille de règles : { $family }
## summary et export (éditeurs du plan)

error-csv-one-view = un fichier CSV ne contient qu'un tableau : choisissez --view proposals, --view axes ou --view coverage.

## server: corrections sûres (check --fix, --diff) et serveur de langage (canevas server)
fix-kind-key = rubrique
fix-kind-category = catégorie
fix-kind-value = valeur
fix-kind-date = date
fix-kind-amount = montant
fix-kind-boolean = oui/non
fix-applied = { $place } : « { $written } » remplacé par « { $replacement } » ({ $kind })
fix-would-apply = { $place } : « { $written } » serait remplacé par « { $replacement } » ({ $kind })
fix-summary = { $fixes ->
    [one] { $fixes } correction appliquée
   *[other] { $fixes } corrections appliquées
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}.
fix-summary-diff = { $fixes ->
    [one] { $fixes } correction possible
   *[other] { $fixes } corrections possibles
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} ; rien n'a été écrit (relancez avec --fix pour les appliquer).
fix-none = Aucune correction sûre à appliquer.
fix-not-written = { $path } : le fichier n'a pas pu être réécrit ({ $detail }) ; il est resté tel quel.
fix-no-stdin = --fix et --diff corrigent des fichiers : donnez leurs chemins, pas « - » (l'entrée standard).
action-fix = Écrire « { $replacement } » au lieu de « { $written } »
action-fix-all = Appliquer toutes les corrections sûres du fichier
action-allow = Taire { $code } ici, en donnant la raison
server-failed = le serveur de langage s'est arrêté : { $detail }
server-hover-key = { $names } : { $what }

## french: syntax slips, explained where they are (pipeline/slips.rs)

YAML001 = canevas ne peut pas lire la ligne { $line } : elle n'est pas écrite comme le canevas l'attend.
    .hint = Comparez-la avec la même rubrique du modèle (canevas new) : mêmes espaces en début de ligne, « - » devant chaque élément d'une liste, « : » suivi d'une espace après le nom de chaque rubrique.{ $fix }
YAML001-tab = la ligne { $line } est décalée par une tabulation ; canevas ne lit que des espaces en début de ligne.
    .hint = Remplacez la tabulation par des espaces.{ $fix }
YAML001-colon-in-text = ce texte contient « : » suivi d'une espace, que canevas lit comme le nom d'une rubrique suivi de sa valeur.
    .hint = Mettez tout le texte entre guillemets droits ("…").{ $fix }
YAML001-typographic-quotes = ce texte contient « : » suivi d'une espace, et les guillemets typographiques (« » ou “ ”) ne le protègent pas.
    .hint = Entourez tout le texte de guillemets droits ("…"), ceux de la touche 3 du clavier.{ $fix }
YAML001-colon-glued = il manque une espace après « : » à la ligne { $line }.
    .hint = Après le nom d'une rubrique, écrivez « : » puis une espace.{ $fix }
YAML001-missing-colon = il manque « : » après le nom de la rubrique, ligne { $line }.
    .hint = Écrivez le nom de la rubrique, « : », une espace, puis sa valeur.{ $fix }
YAML001-key-indent = la rubrique « { $key } » (ligne { $line }) n'est pas alignée sur les rubriques de son niveau.
    .hint = Les rubriques d'un même niveau commencent par le même nombre d'espaces.{ $fix }
YAML001-text-indent = la ligne { $line } continue un texte, mais elle est moins décalée que ce texte.
    .hint = Décalez toutes les lignes d'un texte du même nombre d'espaces.{ $fix }
YAML001-dash-indent = l'élément de liste de la ligne { $line } n'est pas aligné sur les éléments au-dessus.
    .hint = Alignez les « - » d'une même liste les uns sous les autres.{ $fix }
YAML001-missing-dash = la ligne { $line } est dans une liste, mais ne commence pas par « - ».
    .hint = Commencez chaque élément d'une liste par « - » suivi d'une espace. Si la ligne continue plutôt le texte de la ligne au-dessus, décalez-la de deux espaces de plus.{ $fix }
YAML001-list-continuation = la ligne { $line } continue le texte de l'élément de liste au-dessus, mais n'est pas décalée sous lui.
    .hint = Décalez-la sous le texte de l'élément, deux espaces après le « - ». Si c'est un nouvel élément, commencez-la plutôt par « - ».{ $fix }
YAML001-block-indicator = « > » ou « | » en début de valeur annonce un texte sur les lignes suivantes : rien ne peut le suivre sur la même ligne.
    .hint = Écrivez le texte juste après « : », ou mettez-le entre guillemets droits s'il commence par « > ».{ $fix }
YAML001-quote-part = les guillemets droits de la ligne { $line } n'entourent qu'une partie du texte : canevas ne sait que faire de la suite.
    .hint = Des guillemets droits doivent entourer tout le texte ; pour citer quelques mots, employez « ».{ $fix }
YAML001-apostrophe = une apostrophe se trouve dans un texte entouré d'apostrophes ('…') : elle ferme le texte trop tôt.
    .hint = Entourez le texte de guillemets droits ("…") plutôt que d'apostrophes.{ $fix }
YAML001-unclosed-quote = le guillemet ouvert ligne { $line } n'est jamais refermé.
    .hint = Refermez le texte avec le même guillemet, à la fin de la ligne.{ $fix }
YAML001-hash = « # » au milieu de ce texte commence un commentaire : la suite du texte serait perdue.
    .hint = Mettez tout le texte entre guillemets droits, ou écrivez « n° » au lieu de « # ».{ $fix }
YAML001-dash-after-key = une liste ne peut pas commencer sur la ligne de sa rubrique.
    .hint = Laissez la rubrique seule sur sa ligne, et chaque élément sur la ligne suivante, décalé de deux espaces.{ $fix }
YAML001-reserved = ce texte commence par un signe réservé (@, `, *, & ou !).
    .hint = Mettez le texte entre guillemets droits, ou enlevez ce signe.{ $fix }
YAML001-bracket = un crochet « [ » ou une accolade « {"{"} » ouverts ligne { $line } ne sont pas refermés.
    .hint = Refermez-les sur la même ligne, ou écrivez un élément par ligne avec « - ».{ $fix }
YAML001-bracket-text = un texte ne peut pas commencer par « [ » ou « {"{"} » : ces signes annoncent une liste écrite sur une seule ligne.
    .hint = Mettez tout le texte entre guillemets droits.{ $fix }
YAML001-escape = une barre oblique inversée (\) dans un texte entre guillemets droits doit être suivie d'un code connu.
    .hint = Doublez-la (\\) ou entourez le texte d'apostrophes ('…').
YAML001-directive = la ligne { $line } contient une instruction (« % », « ! », « --- » ou « ... ») dont une proposition n'a pas besoin.
    .hint = Supprimez cette ligne, ou mettez le texte entre guillemets droits s'il commence par l'un de ces signes.
YAML001-end = le fichier s'arrête au milieu d'une rubrique : une liste ou un texte n'est pas terminé.
    .hint = Vérifiez la fin du fichier : guillemets et crochets refermés, dernière rubrique complète.
slip-fix-line = Écrivez la ligne { $line } ainsi :
slip-fix-lines = Remplacez les lignes { $first } à { $last } par :

## french: staff categories as people name them (vocabulary/categories.rs)

COV002-alias = « { $category } » n'est pas un identifiant de catégorie du canevas ; { $count ->
    [one] il désigne la catégorie { $suggestion }
   *[other] il désigne les catégories { $suggestion }
}.
    .hint = Remplacez « { $category } » par { $count ->
        [one] « { $ids } ».
       *[other] ces identifiants, un par ligne : { $ids }.
    }
category-with-label = « { $id } » ({ $label })
category-all = « { $id } » (toutes les catégories)
SCHEMA001-colon-in-text = ce texte contient « : » suivi d'une espace : canevas y lit le nom d'une rubrique suivi de sa valeur, au lieu d'un texte.
    .hint = Mettez tout le texte entre guillemets droits ("…").{ $fix }
SCHEMA001-typographic-quotes = ce texte contient « : » suivi d'une espace, et les guillemets typographiques (« » ou “ ”) ne le protègent pas : canevas y lit le nom d'une rubrique suivi de sa valeur.
    .hint = Entourez tout le texte de guillemets droits ("…"), ceux de la touche 3 du clavier.{ $fix }
SCHEMA001-sentence-as-key = cette ligne appartient au texte au-dessus, mais elle commence au bord gauche : canevas la lit comme une rubrique nommée « { $key } ».
    .hint = Décalez-la comme les autres lignes du texte.{ $fix }
SCHEMA001-type-object-item = chaque élément de « { $key } » se compose de rubriques « nom: valeur », pas d'un texte seul.
    .hint = Écrivez-le avec { $keys }, l'une sous l'autre.{ $fix }
quoted = « { $text } »
list-and = et

## french: the command line in French (cli/localise.rs)

slip-example-end = Par exemple, à la fin du fichier :
placeholder = [À compléter]

## french: why a file cannot be read or written (i18n::io_reason)

io-not-found = il n'existe pas
io-permission = l'accès en est refusé
io-is-directory = c'est un dossier
io-storage-full = le disque est plein
io-read-only = le disque n'accepte pas l'écriture
io-exists = il existe déjà
slip-example-under = Par exemple, sous « { $section }: », après la dernière action :

## french: the interactive mode asks for themes, status and group, warns on vague verbs (writing/interactive/questions.rs)

tool-says = canevas : { $message }
YAML001-misplaced-line = la ligne { $line } n'est pas à sa place : canevas ne sait pas à quelle rubrique elle appartient.
    .hint = Vérifiez son décalage : les rubriques d'un même niveau commencent par le même nombre d'espaces, et chaque élément d'une liste par « - ».{ $fix }
YAML002-new-item = la rubrique « { $key } » apparaît deux fois dans le même élément de liste (première fois ligne { $line }) : s'il s'agit d'un nouvel élément, il manque « - » au début de sa ligne.
    .hint = Commencez chaque élément d'une liste par « - », aligné sur le « - » de l'élément précédent.{ $fix }
## booklet: terminal tables that fit, salvaged files, the printed booklet
error-no-browser = --format pdf imprime la page avec Chromium, introuvable ici : installez-le (paquet chromium) ou indiquez son chemin dans CANEVAS_CHROMIUM. Sans lui, --format html donne la même page, à imprimer depuis un navigateur.
error-print = l'impression en PDF a échoué : { $detail }

## groups: working groups (groupe.yaml), the support group (appui.yaml), GRP001-GRP007, FEA005

GRP001-title = binôme qui ne réunit pas école et services académiques
GRP002-title = nombre de membres hors de la fourchette
GRP003-title = parité femmes-hommes non respectée
GRP004-title = origine géographique peu diverse
GRP005-title = catégories de personnels peu diverses
GRP006-title = axe sans groupe de travail, ou avec deux
GRP007-title = groupe de travail inconnu
FEA005-title = expertise absente du groupe d'appui
family-groups = groupes de travail
family-groups-checks = Ces règles vérifient la composition des groupes de travail décrite par le plan : un binôme qui réunit une école ou un établissement et les services académiques, 7 à 8 membres, la parité, la diversité des départements et des missions, un groupe par axe.
GRP001 = le binôme doit réunir une personne qui travaille dans une école, un collège ou un lycée et une personne du rectorat ou d'une DSDEN ; ici : { $places }.
    .hint = Sous « binome: », indiquez « lieu: ecole » (ou college, lycee) pour l'un et « lieu: rectorat » (ou dsden) pour l'autre.
GRP001-count = le binôme compte { $count } { $count ->
        [one] personne
       *[other] personnes
    } au lieu de 2.
    .hint = Sous « binome: », décrivez exactement deux personnes, chacune commençant par « - » avec « categorie: », « lieu: » et « departement: » ; les autres personnes vont sous « membres: ».
GRP002 = le groupe compte { $count } { $count ->
        [one] membre
       *[other] membres
    } autour du binôme, alors que le plan en attend de { $min } à { $max }.
    .hint = { $side ->
        [few] Ajoutez sous « membres: » des personnes, chacune sur une ligne commençant par « - » avec « categorie: », « lieu: » et « departement: », jusqu'à en compter { $min } ; le binôme n'y figure pas.
       *[many] Gardez sous « membres: » au plus { $max } personnes : les autres peuvent rejoindre le groupe d'appui ou un autre groupe ; le binôme n'y figure pas.
    }
GRP003 = { $side ->
        [women] les femmes
       *[men] les hommes
    } sont { $count } sur { $total } dans le groupe (binôme compris), soit { $share } %, moins que les { $min } % attendus pour la parité.
    .hint = Complétez le groupe pour que femmes et hommes y soient chacun au moins { $min } %.
GRP003-unknown = la parité n'est pas vérifiée : { $unknown } { $unknown ->
        [one] personne
       *[other] personnes
    } sur { $total } sans genre indiqué.
    .hint = Le genre est facultatif. Pour que la parité soit vérifiée, ajoutez « genre: f » ou « genre: h » à chaque personne ; aucun rapport ne l'affiche, seuls les totaux du groupe apparaissent.
GRP004 = le groupe vient de { $count } { $count ->
        [one] département
       *[other] départements
    } ({ $found }), alors que le plan en attend au moins { $min }.
    .hint = Associez des personnes d'autres départements : { $missing }.
GRP005 = le groupe ne réunit que { $count } { $count ->
        [one] catégorie
       *[other] catégories
    } de personnels, alors que le plan en attend au moins { $min } pour diversifier les missions.
    .hint = Associez des personnes d'autres catégories, par exemple des AESH, des personnels administratifs ou de santé.
GRP005-dominant = la catégorie « { $category } » compte { $count } personnes sur { $total } ({ $share } %), plus de { $max } % du groupe.
    .hint = Remplacez une partie de ces personnes par des personnes d'autres catégories.
GRP006 = l'axe { $axis } n'a pas de fichier de groupe de travail.
    .hint = Créez le fichier groupe.yaml du groupe de l'axe : canevas new --group --axe { $axis } axe-{ $axis }/groupe.yaml
GRP006-two = l'axe { $axis } a déjà un groupe de travail, décrit dans { $first }.
    .hint = Chaque axe a un seul groupe : fusionnez les deux fichiers, ou corrigez « axe: » dans celui-ci.
GRP006-first = premier groupe de l'axe { $axis }
GRP007 = aucun groupe de travail ne s'appelle « { $group } ».
    .hint = Écrivez le nom d'un groupe tel que son fichier groupe.yaml l'indique sous « nom: » : { $known }.
GRP007-suggest = aucun groupe de travail ne s'appelle « { $group } ». Vouliez-vous écrire « { $suggestion } » ?
    .hint = Remplacez le nom par « { $suggestion } ».
GRP007-unnamed = aucun groupe de travail ne s'appelle « { $group } » : les fichiers groupe.yaml n'indiquent pas de nom.
    .hint = Ajoutez « nom: { $group } » au fichier groupe.yaml du groupe concerné.
grp-quoted = « { $text } »
FEA005 = le moyen d'appui « { $wanted } » ne nomme aucune expertise du groupe d'appui.
    .hint = Indiquez sous « expertise: » une expertise du fichier appui.yaml : { $held }.
schema-group-title = Groupe de travail d'un axe du plan académique QVT
schema-group-description = Un fichier groupe.yaml : le binôme et les membres du groupe de travail d'un axe, avec les noms de rubriques en français (canevas accepte aussi les noms anglais). Les noms sont facultatifs (les initiales suffisent), le genre aussi ; seuls les totaux du groupe sont affichés.
schema-support-title = Groupe d'appui du plan académique QVT
schema-support-description = Le fichier appui.yaml : les expertises des personnes ressources que les groupes de travail peuvent solliciter, avec les noms de rubriques en français.
grp-view-groups = Groupes de travail
grp-col-pair = Binôme
grp-col-members = Membres
grp-col-departments = Départements
grp-col-categories = Catégories
grp-col-women = Femmes
grp-col-men = Hommes
grp-col-gender-unknown = Genre non indiqué
grp-col-names = Noms
grp-no-group = aucun groupe
grp-view-composition = Composition des groupes de travail (nombre de personnes, binôme compris)
grp-col-composition = Département ou catégorie
grp-department = Département { $department }
grp-export-title = Gouvernance
grp-export-intro = Chaque axe a été confié à un groupe de travail coordonné par un binôme qui associe l'expérience des établissements et des services académiques, entouré de 7 à 8 membres diversifiés et équilibrés selon l'origine géographique, la parité femmes-hommes et les types de missions. Les tableaux donnent la composition de chaque groupe ; seuls les totaux par groupe figurent, jamais le genre d'une personne.
grp-export-support = Groupe d'appui : { $expertise }.
grp-chart-title = Équilibre femmes-hommes des groupes de travail
grp-chart-desc = Pour chaque axe, la part des femmes, des hommes et des genres non indiqués dans le groupe, binôme compris. Les traits marquent { $min } % de chaque côté.
grp-col-rules = Règles
grp-col-GRP001 = Binôme école-services (GRP001)
grp-col-GRP002 = 7 à 8 membres (GRP002)
grp-col-GRP003 = Parité (GRP003)
grp-col-GRP004 = Départements (GRP004)
grp-col-GRP005 = Missions (GRP005)
grp-col-GRP006 = Un groupe par axe (GRP006)
grp-rules-all-met = toutes remplies
YAML003-empty-group = le fichier est vide : il ne décrit aucun groupe de travail.
    .hint = Écrivez le groupe avec « canevas new --group --axe N groupe.yaml », ou supprimez ce fichier.
YAML003-not-mapping-group = le fichier doit décrire un groupe de travail fait de rubriques « nom: valeur » (nom, axe, binome, membres), pas une liste ni un texte seul.
    .hint = Commencez le fichier par « axe: », puis « binome: » et « membres: », chacun en début de ligne.
YAML003-multiple-group = le fichier contient plusieurs documents, séparés par une ligne « --- » ; un fichier groupe.yaml décrit un seul groupe.
    .hint = Placez chaque groupe dans le dossier de son axe, dans son propre fichier groupe.yaml.
YAML003-empty-support = le fichier est vide : il ne liste aucune expertise du groupe d'appui.
    .hint = Écrivez « expertise: » puis une expertise par ligne commençant par « - », ou supprimez ce fichier.
YAML003-not-mapping-support = le fichier doit décrire le groupe d'appui avec la rubrique « expertise: », pas une liste ni un texte seul.
    .hint = Commencez le fichier par « expertise: », puis une expertise par ligne commençant par « - ».
YAML003-multiple-support = le fichier contient plusieurs documents, séparés par une ligne « --- » ; il n'en faut qu'un.
    .hint = Réunissez toutes les expertises sous une seule rubrique « expertise: ».
FEA005-no-support-group = le moyen d'appui « { $wanted } » sollicite le groupe d'appui, mais le plan n'a pas de fichier appui.yaml.
    .hint = Créez à la racine du plan un fichier appui.yaml avec « expertise: » puis une expertise par ligne commençant par « - », dont celle-ci.
grp-workplace-ecole = école
grp-workplace-college = collège
grp-workplace-lycee = lycée
grp-workplace-rectorat = rectorat
grp-workplace-dsden = DSDEN
grp-workplace-autre = autre lieu
config-bad-members-range = la fourchette du nombre de membres d'un groupe doit aller du plus petit au plus grand nombre.
config-bad-percent = « { $value } » n'est pas une part possible : écrivez un pourcentage de 0 à 100.
field-name = le nom (du groupe ; pour une personne, les initiales suffisent)
field-co_leads = le binôme qui coordonne le groupe : deux personnes, l'une d'une école, d'un collège ou d'un lycée, l'autre du rectorat ou d'une DSDEN
field-members = les membres du groupe autour du binôme (7 à 8)
field-category = la catégorie de personnels (par exemple enseignants-2d)
field-workplace = le lieu de travail (ecole, college, lycee, rectorat, dsden ou autre)
field-department = le département où la personne travaille (25, 39, 70 ou 90)
field-gender = facultatif : f ou h, pour la parité ; seuls les totaux du groupe sont affichés
field-expertise = l'expertise du groupe d'appui (psychologue du travail, médecin de prévention, juriste…)

## judgement: mesures nationales (PIL003), actions complémentaires qui ne proposent rien (COV004)

PIL003-title = mesure nationale demandée à l'académie
COV004-title = action complémentaire qui ne propose rien de nouveau
PIL003 = la solution demande de changer une mesure que seul l'État décide (« { $verb } » et « { $object } », dans « { $sentence } »), alors que le pilotage est déclaré académique.
    .hint = Écrivez ce que l'académie peut faire elle-même : relayer et expliquer la mesure, informer les personnels, expérimenter avec ses propres moyens. Si l'action est réellement une demande adressée à l'État, déclarez « niveau: national ».
COV004 = l'action complémentaire (catégories : { $categories }) ne fait que constater ce qui existe (« { $marker } ») : elle ne propose rien de nouveau.
    .hint = Écrivez ce qui sera fait de plus pour ces personnels, avec un verbe d'action, par exemple « des ateliers leur sont proposés chaque trimestre » ou « organiser une réunion d'information annuelle ».

## seams: la portée du plan, les sorties qui ne peuvent pas être écrites
PLAN001-other = autre utilisation de « { $id } »
error-output-device = « { $path } » est un périphérique de stockage (un disque) : canevas n'y écrit rien. Choisissez un fichier.
junit-failures = { $count } problèmes ; le premier : { $first }
error-summary-is-input = GITHUB_STEP_SUMMARY désigne « { $path } », un des fichiers à vérifier : canevas n'écrit jamais de résumé dans une proposition.
error-output-link = « { $path } » est un lien vers un fichier : canevas n'écrit ni à sa place ni à travers lui (le fichier visé peut être n'importe lequel). Supprimez le lien ou choisissez un autre nom.
