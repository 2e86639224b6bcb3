# L’éditeur de l’intervenant (`?edit`).

talk-label = Votre fichier de présentation (ou déposez un fichier ici)
speaker-label = Votre fichier d’intervenant : nom, photo, biographie et liens, affichés dans votre encadré d’intervenant (ou déposez un fichier ici)
files = Fichiers
talk-file = Fichier de la présentation
your-speaker-file = Votre fichier d’intervenant
untitled-draft = Brouillon sans titre

draft = Brouillon
new = Nouveau
open-file = Ouvrir un fichier…
download = Télécharger le .md
download-speaker = Télécharger le .md d’intervenant
copy-share-link = Copier le lien de partage
discard = Supprimer
discard-confirm = Supprimer ce brouillon ? C’est définitif.
share-link = Lien de partage (copié ; le brouillon est dans le lien, jamais sur un serveur) :

not-saved = Ce navigateur ne laisse pas talkcard enregistrer votre brouillon (son stockage est plein ou désactivé) : téléchargez-le avant de fermer cette page.
share-link-unreadable = Impossible d’ouvrir le lien de partage : { $detail }
copy-failed = Impossible de copier le fichier de la présentation : { $detail }
read-failed = Impossible de lire { $file }.
no-problems = Aucun problème trouvé.
stale = Le brouillon contient { $count ->
    [one] { $count } erreur
    [many] { $count } d’erreurs
   *[other] { $count } erreurs
} : voici votre dernière version sans erreur.

propose = Proposer sur GitHub
propose-intro = La page de GitHub pour { $what ->
    [speaker] votre fichier d’intervenant
   *[talk] votre fichier de présentation
} s’ouvre, remplie avec votre brouillon : connectez-vous-y, et GitHub fait votre copie du dépôt du site et ouvre la pull request. talkcard n’envoie rien à GitHub.
repository = Le dépôt du site
event-folder = L’événement (son dossier, par exemple 2025-chicago)
open-github-page = Ouvrir la page GitHub de { $path }
name-yourself-first = Indiquez d’abord votre nom dans Speakers du fichier de présentation : votre fichier d’intervenant porte votre nom.
name-repository-and-event = Indiquez le dépôt du site (propriétaire/nom) et le dossier de l’événement.
copied-existing = Votre brouillon est copié. L’éditeur de GitHub s’ouvre avec le fichier tel qu’il est sur le site : sélectionnez tout et collez votre brouillon.
copied-too-long = Votre brouillon est copié. Il est trop long pour passer dans une adresse : collez-le dans l’éditeur de GitHub.
