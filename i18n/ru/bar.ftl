preview-own-talk = Предпросмотр своего доклада
file-or-program = URL файла доклада или программы
show = Показать
