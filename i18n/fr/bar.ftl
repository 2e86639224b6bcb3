preview-own-talk = Prévisualisez votre présentation
file-or-program = URL du fichier de présentation ou du programme
show = Afficher
