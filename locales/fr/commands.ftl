# Messages de canevas, en français : l'aide de la ligne de commande, les
# questions du mode interactif, les tableaux et l'export des éditeurs.
# Lus seulement par ces commandes : `check` ne lit que canevas.ftl.

## Fin d'exécution
md-file = Fichier
md-errors = Erreurs
md-warnings = Avertissements
md-code = Code
md-rule = Règle
md-count = Nombre
md-place = Emplacement
md-severity = Gravité
md-message = Message

## Rédiger une proposition : explain, rules, schema, new
new-created = Proposition créée : { $path }. Remplacez chaque « [À compléter] » par votre texte, puis vérifiez-la avec : canevas check { $path }
new-exists = le fichier « { $path } » existe déjà : canevas ne le remplace pas. Choisissez un autre nom, ou ajoutez --force pour le remplacer.
new-bad-id = « { $id } » ne peut pas servir d'identifiant. Écrivez des lettres, des chiffres, des points, des tirets ou des soulignés, par exemple A3-02.
new-cannot-write = impossible d'écrire « { $path } » : { $detail }. Vérifiez que le dossier existe et que vous pouvez y écrire.
ask-intro = Répondez aux questions : canevas écrit la proposition pour vous. Ctrl-C arrête sans rien écrire.
ask-cancelled = Arrêté : aucun fichier n'a été écrit.
ask-required = Une réponse est nécessaire ici.
ask-placeholder = Écrivez votre propre texte, pas « à compléter ».
ask-too-short = Écrivez au moins { $min } mots : le plan demande un texte qui explique.
ask-optional-help = Facultatif : Entrée sans rien écrire pour passer.
ask-list-help-required = Une réponse par question ; au moins une est nécessaire.
ask-list-help = Entrée sans rien écrire quand la liste est complète.
ask-select-help = Flèches haut et bas pour choisir, Entrée pour valider.
ask-multiselect-help = Flèches pour se déplacer, Espace pour cocher ou décocher, Entrée pour valider.
ask-confirm-help = Répondez o (oui) ou n (non).
ask-title = Titre court de l'action :
ask-axis = Axe du plan :
ask-axis-1 = 1 — Partager au quotidien une culture commune de la QVT
ask-axis-2 = 2 — Développer des relations de travail inclusives et bienveillantes
ask-axis-3 = 3 — Accompagner les personnels
ask-axis-4 = 4 — Valoriser et reconnaître le travail
ask-problem = Problématique : quel problème l'action veut-elle résoudre ?
    .hint = Qui le rencontre, comment il se manifeste, ce qui le montre. Au moins 15 mots.
ask-solution = Action-solution proposée : que sera-t-il fait ?
    .hint = Ce qui sera mis en place, où, par qui, pour qui, avec des verbes d'action (créer, organiser, rédiger…). Au moins 15 mots.
ask-success-condition = Condition de succès n° { $n } :
ask-start = Début de l'action :
ask-end = Fin de l'action :
ask-date-help = Une date AAAA-MM-JJ (2025-09-01) ou un mois AAAA-MM (2025-09). Entrée garde la date proposée.
ask-bad-date = Ce n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2025-09-01, ou AAAA-MM.
ask-date-too-early = Cette date doit être le { $date } ou après.
ask-date-too-late = Cette date doit être le { $date } ou avant (fin du calendrier, ou durée maximale du plan).
ask-step = Étape n° { $n } (ce qui sera fait) :
ask-step-due = Échéance de cette étape :
ask-step-deliverable = Livrable de cette étape (un guide, une charte, un bilan…) :
ask-step-deliverable-required = Livrable de la première étape :
ask-need-deliverable = Précondition 2 : au moins une étape doit produire un livrable.
ask-level = Niveau de pilotage :
ask-level-academic = académique
ask-level-departmental = départemental (accepté avec un avertissement)
ask-lead = Porteur : quel service ou quelle fonction mène l'action ?
    .hint = Par exemple « DRH, bureau de la qualité de vie au travail ».
ask-lead-nobody = Nommez un service ou une fonction : « à désigner » ou « ? » ne suffisent pas.
ask-partners = Partenaires, séparés par des virgules :
ask-everyone = L'action vise-t-elle toutes les catégories de personnels ?
ask-all-id = tous
ask-categories = Catégories de personnels visées :
ask-left-out = Précondition 3 : ces catégories ne sont pas visées : { $categories }. Proposez pour elles une action complémentaire.
ask-complementary = Action complémentaire pour ces catégories :
ask-resource-kind = Nature du moyen :
ask-kind-staff = humain (des personnes, du temps de service)
ask-kind-budget = budget
ask-kind-equipment = matériel
ask-kind-time = temps
ask-kind-partnership = partenariat
ask-resource-description = Description de ce moyen :
ask-amount = Montant en euros :
ask-bad-amount = Écrivez un nombre, par exemple 1500, 1500,50 ou 8 000.
ask-mobilisable = Ce moyen peut-il réellement être mobilisé ?
ask-not-mobilisable = Précondition 4 : un moyen qui ne peut pas être mobilisé rend l'action irréalisable. Il n'est pas gardé ; indiquez un moyen disponible.
ask-more-resources = Ajouter un autre moyen ?
ask-criterion = Critère d'évaluation (ce qu'on veut savoir) :
ask-indicator = Indicateur (ce qu'on mesure) :
ask-target = Cible (le résultat visé, par exemple « 80 % ») :
ask-method = Modalité (comment on mesure : questionnaire, comptage…) :
ask-more-criteria = Ajouter un autre critère ?
ask-yes = oui
ask-no = non

## summary et export (éditeurs du plan)
ed-axis = Axe { $axis }
ed-axis-title = { $axis ->
    [1] Partager au quotidien une culture commune de la QVT
    [2] Développer des relations de travail inclusives et bienveillantes
    [3] Accompagner les personnels
   *[4] Valoriser et reconnaître le travail
}
ed-status-draft = brouillon
ed-status-submitted = soumise
ed-status-adopted = retenue
ed-status-unreadable = illisible
ed-summary-title = Synthèse du plan académique QVT
ed-view-proposals = Propositions : canevas et préconditions
ed-view-axes = Axes du plan
ed-view-coverage = Couverture des catégories de personnels par axe
ed-col-id = Id.
ed-col-axis = Axe
ed-col-title = Titre
ed-col-status = Statut
ed-col-canvas = Canevas
ed-col-piloting = Pilotage
ed-col-concreteness = Concret
ed-col-coverage = Couverture
ed-col-feasibility = Faisabilité
ed-col-errors = Erreurs
ed-col-warnings = Alertes
ed-col-file = Fichier
ed-col-p1 = P1
ed-col-p2 = P2
ed-col-p3 = P3
ed-col-p4 = P4
ed-col-errors-short = Err.
ed-col-warnings-short = Alert.
ed-col-label = Intitulé
ed-col-proposals = Propositions
ed-col-band = Fourchette
ed-col-drafts = Brouillons
ed-col-submitted = Soumises
ed-col-adopted = Retenues
ed-col-themes = Thématiques servies
ed-col-with-errors = Avec erreurs
ed-col-category = Catégorie de personnels
ed-verdict-met = conforme
ed-verdict-warning = conforme, avec alerte : { $codes }
ed-verdict-not-met = non conforme : { $codes }
ed-verdict-not-assessed = non vérifiable (erreur de syntaxe ou de type)
ed-band-in = respectée ({ $band })
ed-band-out = hors fourchette ({ $band })
ed-reach-targeted = ciblée ({ $count })
ed-reach-complementary = action complémentaire ({ $count })
ed-reach-nothing = aucune
ed-legend = P1 pilotage académique · P2 caractère concret · P3 couverture des catégories · P4 faisabilité.
    ✓ conforme · ✗ non conforme (codes des erreurs) · ! alerte · – non vérifiable : le fichier a une erreur de syntaxe ou de type (canevas check dit où).
    Le détail d'un code : canevas explain CODE.
ed-legend-ascii = P1 pilotage académique · P2 caractère concret · P3 couverture des catégories · P4 faisabilité.
    ok conforme · X non conforme (codes des erreurs) · ! alerte · - non vérifiable : le fichier a une erreur de syntaxe ou de type (canevas check dit où).
    Le détail d'un code : canevas explain CODE.
ed-export-default-title = Plan académique pour la qualité de vie au travail
ed-export-kicker = Propositions d'action des groupes de travail
ed-export-period = Période du plan : du { $start } au { $end }
ed-export-count = { $count ->
    [0] Aucune proposition
    [one] { $count } proposition
   *[other] { $count } propositions
}
ed-export-left-out = { $count ->
    [one] { $count } proposition comportant des erreurs n'est pas reprise dans ce document.
   *[other] { $count } propositions comportant des erreurs ne sont pas reprises dans ce document.
}
ed-export-date = Document établi le { $date }
ed-export-toc = Sommaire
ed-export-overview = Vue d'ensemble
ed-export-unreadable = Fichiers illisibles
ed-unreadable-note = Ces fichiers n'ont pas pu être lus comme des propositions ; voici ce que canevas y signale. Lancez « canevas check » sur chacun pour voir où corriger.
ed-export-footer = Document produit par canevas à partir des fichiers de propositions. Les points signalés renvoient aux règles du canevas : « canevas explain CODE » en donne le détail.
ed-page = Page
ed-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
ed-month-year = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
ed-chart-axes-title = Nombre de propositions par axe
ed-chart-axes-desc = Diagramme en barres : une barre par axe, de hauteur égale au nombre de ses propositions ; la bande verte marque le nombre attendu, de { $min } à { $max }. Le tableau qui suit donne les mêmes chiffres.
ed-chart-band = attendu : { $min } à { $max }
ed-chart-coverage-title = Couverture des catégories de personnels par axe
ed-chart-coverage-desc = Carte de chaleur : une ligne par catégorie de personnels, une colonne par axe ; le nombre indique combien de propositions de l'axe ciblent la catégorie (plus la case est foncée, plus il y en a) ; « c » suivi d'un nombre : la catégorie n'est couverte que par des actions complémentaires ; un tiret : aucune proposition de l'axe ne l'atteint. Le tableau qui suit donne les mêmes informations.
ed-chart-coverage-legend = Chiffre : propositions qui ciblent la catégorie · c1 : couverte seulement par une action complémentaire · – : rien
ed-chart-table-caption = { $title } (les chiffres du graphique)
ed-fact = { $label } : { $value }
ed-part-problem = Problématique
ed-part-solution = Action-solution proposée
ed-part-success = Conditions de succès
ed-part-calendar = Calendrier et étapes
ed-part-piloting = Pilotage
ed-part-audience = Publics visés et actions complémentaires
ed-part-resources = Moyens
ed-part-experimentation = Expérimentation
ed-part-evaluation = Critères et modalités d'évaluation
ed-calendar-range = { $start_form ->
        [day] Du { $start }
        [vowel] D'{ $start }
       *[month] De { $start }
    } { $end_form ->
        [day] au { $end }
       *[month] à { $end }
    }.
ed-step-no-date = sans échéance
ed-step-deliverable = Livrable : { $deliverable }
ed-label-group = Groupe
ed-label-themes = Thématiques
ed-label-level = Niveau
ed-label-lead = Porteur
ed-label-partners = Partenaires
ed-label-targeted = Catégories visées
ed-label-complementary = Actions complémentaires pour les autres catégories :
ed-label-scope = Périmètre
ed-label-duration = Durée : { $months } mois
ed-all-categories = toutes les catégories de personnels
ed-level-academic = académique
ed-level-departmental = départemental
ed-level-school = établissement
ed-level-national = national
ed-kind-staff = humain
ed-kind-budget = budget
ed-kind-equipment = matériel
ed-kind-time = temps
ed-kind-partnership = partenariat
ed-col-kind = Nature
ed-col-description = Description
ed-col-amount = Montant
ed-col-mobilisable = Mobilisable
ed-yes = oui
ed-no = non
ed-col-criterion = Critère
ed-col-indicator = Indicateur
ed-col-target = Cible
ed-col-method = Modalité
ed-badge-clean = Conforme au canevas et aux préconditions
ed-badge-warnings = { $warnings ->
    [one] Conforme, { $warnings } alerte
   *[other] Conforme, { $warnings } alertes
}
ed-badge-errors = À reprendre : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } alerte
   *[other] { $warnings } alertes
}
ed-findings-title = Points signalés par canevas
ed-severity-error = erreur
ed-severity-warning = alerte
ed-severity-info = information
ed-finding-line = ligne { $line }

## server: corrections sûres (check --fix, --diff) et serveur de langage (canevas server)
completion-all-categories = toutes les catégories de personnels
cli-check-arg-fix = Applique les corrections sûres aux fichiers (une rubrique, une catégorie ou une valeur mal orthographiée ; une date ou un montant écrit autrement ; « Oui. »), puis signale ce qui reste
cli-check-arg-diff = Affiche les corrections sûres sous forme de différences (diff unifié), sans rien écrire
cli-server-about = Un serveur de langage (LSP, sur l'entrée et la sortie standard) pour les éditeurs : les problèmes de « check » pendant la frappe, l'aide au survol, la complétion, les corrections rapides

## french: the command line in French (cli/localise.rs)
cli-about = Vérifie les fiches de propositions d'action au regard du canevas du plan académique pour la qualité de vie au travail (QVT)
cli-arg-lang = Langue des messages [par défaut : CANEVAS_LANG, puis la langue du système]
cli-arg-lang-fr = français
cli-arg-lang-en = anglais
cli-arg-config = Le fichier de configuration [par défaut : canevas.toml dans le dossier courant ou l'un de ses parents]
cli-arg-color = Quand utiliser les couleurs (NO_COLOR est respecté)
cli-arg-color-auto = dans un terminal seulement
cli-arg-color-always = toujours
cli-arg-color-never = jamais
cli-arg-help = Affiche cette aide
cli-arg-version = Affiche la version
cli-check-about = Vérifie les fiches de propositions et signale chaque problème
cli-check-arg-paths = Fichiers, dossiers (parcourus à la recherche de fichiers .yaml ou .yml) ou - pour l'entrée standard
cli-check-arg-format = Format du rapport [par défaut : human]. Répétez-le pour écrire plusieurs rapports en une fois : chaque --output va avec le --format qui le précède, et un seul format au plus s'affiche à l'écran
cli-check-arg-format-human = extraits du fichier, le texte en cause souligné, et un conseil
cli-check-arg-format-concise = une ligne par problème : « fichier:ligne:colonne: gravité[CODE] message »
cli-check-arg-format-json = un document JSON, décrit par schemas/report.schema.json
cli-check-arg-format-github = annotations GitHub Actions, et un résumé Markdown dans GITHUB_STEP_SUMMARY
cli-check-arg-format-gitlab = rapport Code Quality de GitLab
cli-check-arg-format-sarif = SARIF 2.1.0, pour l'analyse de code de GitHub
cli-check-arg-format-junit = JUnit XML, pour les rapports de tests de GitLab et Jenkins
cli-check-arg-plan = Les fichiers forment un plan complet : vérifie aussi le nombre de propositions par axe et les thématiques (PLAN002, PLAN003)
cli-check-arg-output = Écrit le rapport dans ce fichier plutôt qu'à l'écran (remplacé d'un seul coup ; jamais l'un des fichiers vérifiés)
cli-check-arg-deny_warnings = Termine avec le code 1 dès qu'il y a des avertissements, pas seulement des erreurs
cli-check-arg-quiet = N'affiche que la ligne finale avec les totaux
cli-check-arg-statistics = Affiche le nombre de problèmes par code de règle
cli-new-about = Écrit une proposition à compléter (un modèle commenté, ou des questions avec --interactive)
cli-new-arg-file = Le fichier à créer [par défaut : l'écran] ; jamais remplacé sans --force
cli-new-arg-axis = L'axe du plan, de 1 à 4 [par défaut : l'axe de --id, sinon 1]
cli-new-arg-id = L'identifiant de la proposition [par défaut : le prochain identifiant libre de l'axe dans le dossier cible]
cli-new-arg-force = Remplace FICHIER s'il existe déjà
cli-new-arg-interactive = Pose une question par rubrique au lieu d'écrire un modèle à compléter
cli-explain-about = Explique ce que vérifie une règle, pourquoi, et comment la satisfaire
cli-explain-arg-code = Le code de la règle, par exemple CON003 (voir « canevas rules »)
cli-rules-about = Affiche le tableau des règles
cli-rules-arg-format = Format de sortie
cli-rules-arg-format-table = colonnes alignées pour le terminal
cli-rules-arg-format-markdown = un tableau Markdown pour la documentation
cli-schema-about = Affiche le schéma JSON d'une proposition (rubriques en français avec --lang fr), pour la complétion dans les éditeurs
cli-completions-about = Affiche le script de complétion d'un interpréteur de commandes
cli-completions-arg-shell = L'interpréteur de commandes
cli-man-about = Affiche la page de manuel (roff), par exemple « canevas man > canevas.1 »
cli-summary-about = Tableaux pour la rédaction du plan : propositions, axes, couverture des catégories de personnels et groupes de travail
cli-summary-arg-paths = Fichiers, dossiers (parcourus à la recherche de fichiers .yaml ou .yml) ou - pour l'entrée standard
cli-summary-arg-view = Quels tableaux [par défaut : tous ; propositions pour csv, qui n'en contient qu'un]
cli-summary-arg-view-proposals = les propositions
cli-summary-arg-view-axes = les axes
cli-summary-arg-view-coverage = la couverture des catégories de personnels
cli-summary-arg-view-all = tous les tableaux
cli-summary-arg-view-groups = les groupes de travail : composition et verdicts de GRP001 à GRP006
cli-summary-arg-format = Format de sortie
cli-summary-arg-format-table = tableaux à la largeur du terminal
cli-summary-arg-format-markdown = tableaux Markdown
cli-summary-arg-format-csv = RFC 4180, UTF-8 avec indicateur d'ordre des octets ; aucune cellule ne commence une formule
cli-summary-arg-format-html = une page HTML accessible
cli-summary-arg-format-json = décrit par schemas/summary.schema.json
cli-summary-arg-output = Écrit les tableaux dans ce fichier plutôt qu'à l'écran (remplacé d'un seul coup ; jamais l'un des fichiers lus)
cli-summary-arg-ascii = Bordures et marques en ASCII simple pour le tableau du terminal
cli-summary-arg-delimiter = Le séparateur des champs CSV : « , » (par défaut), « ; » pour un tableur en français, ou « tab »
cli-summary-arg-sort = L'ordre des propositions
cli-summary-arg-sort-axis = par axe, puis par identifiant, dans l'ordre du plan
cli-summary-arg-sort-id = par identifiant
cli-summary-arg-sort-title = par titre
cli-summary-arg-sort-status = les brouillons d'abord, puis les soumises, puis les retenues
cli-summary-arg-sort-errors = les plus d'erreurs d'abord
cli-summary-arg-status = Seulement les propositions de ces statuts (séparés par des virgules) ; les axes et la couverture suivent
cli-summary-arg-status-draft = brouillon
cli-summary-arg-status-submitted = soumise
cli-summary-arg-status-adopted = retenue
cli-export-about = Le plan en un seul document imprimable (HTML, Markdown ou PDF)
cli-export-arg-paths = Fichiers, dossiers (parcourus à la recherche de fichiers .yaml ou .yml) ou - pour l'entrée standard
cli-export-arg-format = Format de sortie
cli-export-arg-format-html = une page autonome, imprimable en A4 (sans script ni fichier externe)
cli-export-arg-format-markdown = un document Markdown
cli-export-arg-format-pdf = la page imprimée en A4 par Chromium (qui doit être installé), avec sa table des matières et les numéros de page
cli-export-arg-output = Écrit le document dans ce fichier plutôt qu'à l'écran (remplacé d'un seul coup ; jamais l'un des fichiers lus)
cli-export-arg-only_valid = Laisse de côté les propositions qui ont des erreurs (par défaut, elles sont exportées et signalées)
cli-new-arg-group = Écrit un fichier de groupe de travail (nommez-le groupe.yaml) au lieu d'une proposition
cli-schema-arg-kind = Quel fichier : une proposition, un groupe de travail (groupe.yaml) ou le groupe d'appui (appui.yaml)
cli-schema-arg-kind-proposal = une proposition
cli-schema-arg-kind-group = un groupe de travail
cli-schema-arg-kind-support = le groupe d'appui
cli-help-template = {"{"}about-with-newline{"}"}
    Utilisation : {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-options = Options 
cli-heading-arguments = Arguments 
cli-heading-commands = Commandes 
cli-value-name-command = COMMANDE
cli-value-name-file = FICHIER
cli-value-name-paths = CHEMINS
cli-value-name-char = CARACTÈRE
cli-value-name-lang = LANGUE
cli-value-name-color = COULEUR
cli-value-name-view = VUE
cli-value-name-sort = ORDRE
cli-value-name-status = STATUT
cli-value-name-axis = AXE
cli-value-name-shell = INTERPRÉTEUR
cli-value-with-help = { $name } — { $help }
cli-possible-values = Valeurs : { $values }.
cli-default-value = Par défaut : « { $value } ».
cli-usage = Utilisation : { $usage }
cli-error = erreur : { $detail }
cli-error-subcommand = « { $subcommand } » n'est pas une commande de canevas.
cli-error-argument = l'option « { $arg } » n'existe pas pour cette commande.
cli-error-value = la valeur « { $value } » n'est pas possible pour « { $arg } » ; valeurs possibles : { $valid }.
cli-error-empty-value = « { $arg } » attend une valeur.
cli-error-validation = la valeur « { $value } » ne convient pas à « { $arg } ».
cli-error-missing = il manque un argument obligatoire : { $arg }.
cli-error-no-subcommand = indiquez une commande, par exemple « canevas check ».
cli-error-conflict = ces options ne peuvent pas aller ensemble : { $arg }.
cli-error-values = « { $arg } » n'a pas le bon nombre de valeurs.
cli-error-twice = « { $arg } » est donné plusieurs fois.
cli-error-other = la ligne de commande n'est pas valide.
cli-suggestion = Vouliez-vous dire « { $suggestion } » ?
cli-more = Pour en savoir plus, tapez « canevas --help ».
cli-error-two-outputs = --format { $format } a deux fichiers --output ({ $first } et { $second }) ; donnez à chaque rapport son propre --format
cli-error-stdout-twice = un seul rapport peut s'afficher à l'écran, pas { $formats } : mettez --output FICHIER après chaque --format sauf un
cli-error-same-output = deux rapports seraient écrits dans { $path }
cli-error-delimiter = un seul signe de ponctuation ASCII, comme « ; » ou « , », ou « tab »
man-section-name = NOM
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = COMMANDES
man-section-version = VERSION
man-section-authors = AUTEURS

## french: why a file cannot be read or written (i18n::io_reason)
ed-list-separator =  ;{" "}

## french: the interactive mode asks for themes, status and group, warns on vague verbs (writing/interactive/questions.rs)
ask-amount-help = Virgule ou point pour les centimes, espaces entre les milliers et « € » acceptés.
ask-themes = Thématiques transversales que l'action sert :
ask-status = Statut de la proposition :
ask-status-draft = brouillon
ask-status-submitted = soumise
ask-status-adopted = retenue
ask-vague = Attention : cette solution ne s'appuie que sur des verbes vagues ({ $verbs }), et « canevas check » le signalera (CON003). Dites ce qui sera fait concrètement, avec un verbe d'action comme : { $examples }.
ask-rewrite-solution = Voulez-vous réécrire la solution ?
new-created-interactive = Proposition créée : { $path }. Relisez-la, puis vérifiez-la avec : canevas check { $path }

## booklet: terminal tables that fit, salvaged files, the printed booklet
ed-col-canvas-short = Can.
ed-col-proposals-short = Prop.
ed-col-statuses = Statuts
ed-axis-statuses = { $drafts ->
        [one] { $drafts } brouillon
       *[other] { $drafts } brouillons
    }, { $submitted ->
        [one] { $submitted } soumise
       *[other] { $submitted } soumises
    }, { $adopted ->
        [one] { $adopted } retenue
       *[other] { $adopted } retenues
    }
ed-table-codes = Codes qui ne tiennent pas dans leur case :
ed-status-broken = à reprendre
ed-broken-note = Ce fichier n'a pas pu être lu en entier (erreur de syntaxe ou de type) : corrigez d'abord les points ci-dessous, « canevas check » montre où.

## groups: working groups (groupe.yaml), the support group (appui.yaml), GRP001-GRP007, FEA005
new-created-group = Groupe de travail créé : { $path }. Remplacez chaque « [À compléter] », crochets compris, puis vérifiez-le avec : canevas check { $path }
new-group-name = « { $path } » : un groupe de travail doit s'appeler groupe.yaml (ou group.yaml) pour que canevas le reconnaisse. Écrivez par exemple : canevas new --group axe-1/groupe.yaml
ask-group = Groupe de travail :
    .hint = Le nom écrit sous « nom: » dans le fichier groupe.yaml de l'axe. Effacez le texte proposé pour ne pas en indiquer.
ask-group-default = Groupe de travail axe { $axis }
ask-kind-support = appui (une expertise du groupe d'appui, nommée dans la description)
ed-kind-support = appui

## seams: la portée du plan, les sorties qui ne peuvent pas être écrites
cli-check-arg-force_exclude = Écarte les fichiers nommés que [files] de canevas.toml exclut, comme lors du parcours d'un dossier (le hook pre-commit le passe)
