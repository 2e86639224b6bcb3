preview-own-talk = Pré-visualize sua palestra
file-or-program = URL do arquivo de palestra ou da programação
show = Mostrar
