preview-own-talk = Previsualiza tu charla
file-or-program = URL del archivo de charla o del programa
show = Mostrar
