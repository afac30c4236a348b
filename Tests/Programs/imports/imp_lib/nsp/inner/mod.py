WHAT = "namespace portion"
